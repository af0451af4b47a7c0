using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Parsing;

/// <summary>The text of a part of the tree with all markup removed: for headings, tooltips and summaries.</summary>
public static class PlainText
{
    public static string Of(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(inline, builder);
        return builder.ToString().Trim();
    }

    /// <summary>The start of the text, untrimmed, at least <paramref name="length"/> characters of it when it has them (a portion's mark).</summary>
    public static string Leading(ContainerInline? inline, int length)
    {
        var builder = new StringBuilder();
        Append(inline, builder, length);
        return builder.ToString();
    }

    /// <summary>The text of the first paragraph of a document: a glossary term's short definition.</summary>
    public static string FirstParagraph(MarkdownDocument document) =>
        document.Descendants<ParagraphBlock>().FirstOrDefault() is { } paragraph ? Of(paragraph.Inline) : "";

    private static void Append(Inline? inline, StringBuilder builder, int length = int.MaxValue)
    {
        if (builder.Length >= length)
        {
            return;
        }
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case Markdig.Extensions.SmartyPants.SmartyPant mark:
                builder.Append(Typography.Of(mark));
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder, length);
                }
                break;
        }
    }
}
