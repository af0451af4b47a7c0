using System.Collections.Immutable;
using Markdig.Syntax;

namespace Brief.Markdown.Parsing;

/// <summary>
/// A Markdown body parsed once and then only read: rendering never changes the tree, so the same tree can be
/// rendered for the page and for the printable brief. Positions map to the file through <see cref="LineOffset"/>.
/// Whether the tree outlives the parse is decided when the body is parsed, once (<see cref="KeptTree"/>): brief serve
/// keeps every tree for its next build; a one-off build keeps none, because a syntax tree is several times the size
/// of its text, and each reader that needs one asks for a fresh parse (<see cref="Tree"/>) and drops it when done.
/// </summary>
public sealed class ParsedMarkdown(MarkdownDocument? keptTree, int lineOffset, ImmutableArray<Heading> headings, ImmutableHashSet<string> anchors,
    bool hasRawHtml, bool hasLinkNotes, string body, Func<string, MarkdownDocument> parse, ImmutableArray<Portion> portions = default)
{
    /// <summary>The tree, when this build keeps trees; null when it does not.</summary>
    public MarkdownDocument? KeptTree { get; } = keptTree;

    /// <summary>
    /// The tree to read: the kept one, or else a fresh parse of the same text (the same tree), which the caller owns
    /// and should hold only while it reads it. A reader that needs the tree twice asks once and passes it on.
    /// </summary>
    public MarkdownDocument Tree() => KeptTree ?? parse(body);

    /// <summary>Add to a Markdig (0-based) line to get the 1-based file line.</summary>
    public int LineOffset { get; } = lineOffset;

    public ImmutableArray<Heading> Headings { get; } = headings;

    /// <summary>Every id a link may target with #anchor: headings and explicit {#id} attributes.</summary>
    public ImmutableHashSet<string> Anchors { get; } = anchors;

    /// <summary><see cref="Anchors"/> in ordinal order, for fingerprints (a body is parsed once and fingerprinted at every build of brief
    /// serve).</summary>
    public ImmutableArray<string> AnchorsInOrder { get; } = [.. anchors.Order(StringComparer.Ordinal)];

    public bool HasRawHtml { get; } = hasRawHtml;

    /// <summary>Whether a printed brief gives any link in this document a note (<see cref="Rendering.PrintNotes.AnyLinkNote"/>),
    /// found in the walk over the tree that finds the headings.</summary>
    public bool HasLinkNotes { get; } = hasLinkNotes;

    /// <summary>Whether the body cites any source (<see cref="CitationInline"/>): a printed brief then numbers citation notes.</summary>
    public bool HasCitations { get; init; }
    /// <summary>The body's portions (<see cref="Parsing.Portions"/>), in reading order: where each starts and the mark it starts with.</summary>
    public ImmutableArray<Portion> Portions { get; } = portions.IsDefault ? [] : portions;
}
