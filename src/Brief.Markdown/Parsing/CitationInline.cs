using System.Collections.Immutable;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Parsing;

/// <summary>
/// A citation in running text, <c>[@source-id]</c> or <c>[@first-id; @second-id]</c> (the Pandoc and Quarto syntax),
/// made by <see cref="CitationParser"/>. <see cref="Keys"/> holds the cited ids in the order written; a bracket that
/// opens with <c>[@</c> but is not a list of ids (<c>[@]</c>, <c>[@doe, p. 3]</c>) keeps no keys and is an error
/// (<see cref="IsMalformed"/>). Its <see cref="Markdig.Syntax.MarkdownObject.Line"/> and Column are those of its
/// <c>[</c>, in Markdig's terms like every node's.
/// </summary>
public sealed class CitationInline : LeafInline
{
    /// <summary>The cited ids, as written (the same id may come twice); empty when the citation is malformed.</summary>
    public required ImmutableArray<CitationKey> Keys { get; init; }

    /// <summary>The citation as written, brackets included.</summary>
    public required string Text { get; init; }

    public bool IsMalformed => Keys.IsEmpty;
}

/// <summary>
/// One cited id and where it is written (the position of its <c>@</c>), in Markdig's terms: <paramref name="Line"/> is
/// the 0-based line within the body and <paramref name="Column"/> the 0-based column, so the file's line is
/// <c>Line + ParsedMarkdown.LineOffset</c> and its column <c>Column + 1</c>.
/// </summary>
public sealed record CitationKey(string Id, int Line, int Column);
