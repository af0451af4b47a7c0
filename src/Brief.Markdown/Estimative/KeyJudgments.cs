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

    /// <summary>
    /// Whether an item cites a source. For now a citation is Pandoc's <c>[@id</c> written in the item's text; when
    /// citations are parsed (a <c>CitationInline</c> node), this becomes <c>item.Descendants&lt;CitationInline&gt;().Any()</c>.
    /// </summary>
    public static bool CitesASource(ListItemBlock item) =>
        item.Descendants<ParagraphBlock>().Any(p => PlainText.Of(p.Inline).Contains("[@", StringComparison.Ordinal));

    private static bool IsKeyJudgments(HeadingBlock heading) =>
        PlainText.Of(heading.Inline).TrimEnd(':').Trim() is var text
        && (text.Equals("Key judgments", StringComparison.OrdinalIgnoreCase) || text.Equals("Key judgements", StringComparison.OrdinalIgnoreCase));
}
