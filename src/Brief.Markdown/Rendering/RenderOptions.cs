using Brief.Core.Diagnostics;
using Brief.Markdown.Glossary;
using Brief.Markdown.Links;

namespace Brief.Markdown.Rendering;

/// <summary>How one document is rendered: where its links go, which terms to link, and where problems are reported.</summary>
public sealed record RenderOptions(ILinkResolver Links, GlossaryIndex Glossary, string File, DiagnosticBag Diagnostics)
{
    /// <summary>The document's own term id, never linked on its own page.</summary>
    public string? SelfTermId { get; init; }

    /// <summary>Prefix for heading ids, so that several documents can share one page (the printable brief).</summary>
    public string IdPrefix { get; init; } = "";

    /// <summary>Added to heading levels when a document is nested in a larger page.</summary>
    public int HeadingOffset { get; init; }

    /// <summary>Set when rendering for print: terms are spelled out on first use and external links become endnotes.</summary>
    public PrintNotes? Print { get; init; }

    /// <summary>The prefix of the anchors citations link to (the page's "Sources cited" entries); null for <see cref="IdPrefix"/>.</summary>
    public string? CitationPrefix { get; init; }

    /// <summary>
    /// The numbers of cited sources when only part of a body is rendered (the home page's parts): a source's number is
    /// its place here. Empty (the default): sources are numbered as they are first cited, in reading order.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<string> CitationOrder { get; init; } = [];
}
