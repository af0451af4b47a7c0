using System.Collections.Immutable;

namespace Brief.Markdown.Rendering;

/// <summary>A rendered body: its HTML, and the documents and glossary terms it refers to (for "Referenced by").</summary>
public sealed record RenderResult(HtmlFragment Html, ImmutableHashSet<string> LinkedIds, ImmutableHashSet<string> TermIds);
