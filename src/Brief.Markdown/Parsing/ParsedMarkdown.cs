using System.Collections.Immutable;
using Markdig.Syntax;

namespace Brief.Markdown.Parsing;

/// <summary>
/// A Markdown body parsed once and then only read: rendering never changes the tree, so the same tree can be
/// rendered for the page and for the printable brief. Positions map to the file through <see cref="LineOffset"/>.
/// </summary>
public sealed class ParsedMarkdown(MarkdownDocument syntax, int lineOffset, ImmutableArray<Heading> headings, ImmutableHashSet<string> anchors, bool hasRawHtml)
{
    public MarkdownDocument Syntax { get; } = syntax;

    /// <summary>Add to a Markdig (0-based) line to get the 1-based file line.</summary>
    public int LineOffset { get; } = lineOffset;

    public ImmutableArray<Heading> Headings { get; } = headings;

    /// <summary>Every id a link may target with #anchor: headings and explicit {#id} attributes.</summary>
    public ImmutableHashSet<string> Anchors { get; } = anchors;

    public bool HasRawHtml { get; } = hasRawHtml;
}
