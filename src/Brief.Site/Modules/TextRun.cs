namespace Brief.Site.Modules;

/// <summary>A piece of a body's running text and where it starts in the file (1-based line and column).</summary>
public sealed record TextRun(string Text, int Line, int Column);
