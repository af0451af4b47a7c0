using Brief.Core.Markings;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Brief.Markdown.Parsing;

/// <summary>
/// A heading's anchor leaves out its portion mark: "## (U) What it is" is <c>#what-it-is</c>, as it was before the
/// briefing was marked, so links keep working and raising a mark never moves an anchor. Only a word the mark grammar
/// accepts counts (<see cref="MarkGrammar"/>), so an unmarked briefing's anchors are unchanged; an anchor that would then
/// repeat another heading's keeps its mark.
/// </summary>
internal static class MarkedHeadingIds
{
    public static void Strip(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        var ids = headings.Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is not { } id || Portion.MarkOf(PlainText.Leading(heading.Inline, 48).TrimStart()) is not { } mark
                || !MarkGrammar.IsMark(mark))
            {
                continue;
            }
            var prefix = new string([.. mark.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')]) + "-";
            if (id.StartsWith(prefix, StringComparison.Ordinal) && id.Length > prefix.Length && !ids.Contains(id[prefix.Length..]))
            {
                ids.Remove(id);
                attributes.Id = id[prefix.Length..];
                ids.Add(attributes.Id);
            }
        }
    }
}
