namespace Brief.Markdown.Parsing;

/// <summary>A heading of a page: level, plain text and the anchor id it gets.</summary>
public sealed record Heading(int Level, string Text, string Id, int Line);
