using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Parsing;

/// <summary>
/// Places each citation as a note is placed (Pandoc does the same for note styles): the space before it is dropped, and
/// a punctuation mark right after it moves in front of it, so "they agree [@ali]." reads "they agree.¹". Runs once the
/// inlines are parsed, on the syntax tree.
/// </summary>
internal static class CitationPlacement
{
    private const string Movable = ".,;:!?";

    public static void Place(MarkdownDocument document)
    {
        foreach (var citation in document.Descendants<CitationInline>().ToList())
        {
            // The text before is changed in place, never the tree's shape: a literal's slice may be given a new string.
            if (citation.PreviousSibling is not LiteralInline before)
            {
                continue;
            }
            var text = before.Content.ToString().TrimEnd();
            if (citation.NextSibling is LiteralInline after && !after.Content.IsEmpty && Movable.Contains(after.Content.CurrentChar))
            {
                text += after.Content.CurrentChar;
                var rest = after.Content;
                rest.Start++;
                after.Content = rest;
                after.Span = new SourceSpan(after.Span.Start + 1, after.Span.End);
                after.Column++;
            }
            before.Content = new StringSlice(text);
        }
    }
}
