namespace Brief.Site.Modules;

/// <summary>The first use in a body of a word that looks like an abbreviation, and where it is (1-based file line and column).</summary>
public sealed record AbbreviationUse(string Word, int Line, int Column);
