using System.Collections.Immutable;
using Markdig.Syntax;

namespace Brief.Markdown.Parsing;

/// <summary>
/// A Markdown body parsed once and then only read: rendering never changes the tree, so the same tree can be
/// rendered for the page and for the printable brief. Positions map to the file through <see cref="LineOffset"/>.
/// A one-off build lets go of the tree as soon as the file is read (<see cref="Release"/>): a syntax tree is several
/// times the size of its text, so each later reader parses the text again and drops the tree when done.
/// </summary>
public sealed class ParsedMarkdown(MarkdownDocument syntax, int lineOffset, ImmutableArray<Heading> headings, ImmutableHashSet<string> anchors,
    bool hasRawHtml, bool hasLinkNotes, string body, Func<string, MarkdownDocument> parse)
{
    private MarkdownDocument? _syntax = syntax;

    /// <summary>The tree; once released, a fresh parse of the same text (the same tree) that is not kept.</summary>
    public MarkdownDocument Syntax => _syntax ?? parse(body);

    /// <summary>Drops the kept tree; <see cref="Syntax"/> parses the text again when asked.</summary>
    public void Release() => _syntax = null;

    /// <summary>Add to a Markdig (0-based) line to get the 1-based file line.</summary>
    public int LineOffset { get; } = lineOffset;

    public ImmutableArray<Heading> Headings { get; } = headings;

    /// <summary>Every id a link may target with #anchor: headings and explicit {#id} attributes.</summary>
    public ImmutableHashSet<string> Anchors { get; } = anchors;

    /// <summary><see cref="Anchors"/> in ordinal order, for fingerprints (a body is parsed once and fingerprinted at every build of brief serve).</summary>
    public ImmutableArray<string> AnchorsInOrder { get; } = [.. anchors.Order(StringComparer.Ordinal)];

    public bool HasRawHtml { get; } = hasRawHtml;

    /// <summary>Whether a printed brief gives any link in this document a note (<see cref="Rendering.PrintNotes.AnyLinkNote"/>),
    /// found in the walk over the tree that finds the headings.</summary>
    public bool HasLinkNotes { get; } = hasLinkNotes;
}
