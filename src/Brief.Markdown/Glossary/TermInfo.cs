namespace Brief.Markdown.Glossary;

/// <summary>What a linked term shows: its page, display form, expansion and short definition (plain text).</summary>
public sealed record TermInfo(string Id, string Url, string Term, string? Expansion, string ShortDefinition);
