using Brief.Markdown.Parsing;
using Markdig.Syntax;

namespace Brief.Markdown.Estimative;

/// <summary>
/// The items of the lists in a body's "Key judgments" section (a heading of any level reading "Key judgments" or
/// "Key judgements", any case; the section runs to the next heading of the same or a higher level). Only the
/// section's own lists count, not lists nested in an item or in a block quote.
/// </summary>
public static class KeyJudgments
{
    public static IEnumerable<ListItemBlock> Items(MarkdownDocument document)
    {
        int? level = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                level = IsKeyJudgments(heading) ? heading.Level : level is { } open && heading.Level > open ? open : null;
                continue;
            }
            if (level is not null && block is ListBlock list)
            {
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>Whether an item cites a source: it holds a well-formed citation (<see cref="CitationInline"/>, <c>[@id]</c>).
    /// Whether each id names a source is checked where citations are rendered (BRF070).</summary>
    public static bool CitesASource(ListItemBlock item) =>
        item.Descendants<CitationInline>().Any(citation => !citation.IsMalformed);

    private static bool IsKeyJudgments(HeadingBlock heading) =>
        PlainText.Of(heading.Inline).TrimEnd(':').Trim() is var text
        && (text.Equals("Key judgments", StringComparison.OrdinalIgnoreCase) || text.Equals("Key judgements", StringComparison.OrdinalIgnoreCase));
}
