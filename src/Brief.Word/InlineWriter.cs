using AngleSharp.Dom;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>
/// Writes the inline content of one paragraph: runs with HTML's white-space collapsed, bold and italic, links
/// (bookmarks or URLs), and citations as footnotes. <paramref name="host"/> is the part the paragraph is in (its
/// hyperlinks' relationships go there).
/// </summary>
internal sealed class InlineWriter(WriteContext context, OpenXmlPart host, FootnoteWriter? footnotes)
{
    private bool _afterSpace = true;

    public void Write(IEnumerable<INode> nodes, OpenXmlCompositeElement into, RunFormat format)
    {
        foreach (var node in nodes)
        {
            if (node is IText text)
            {
                AddText(text.Data, into, format);
            }
            else if (node is IElement element && !Skipped.Is(element))
            {
                WriteElement(element, into, format);
            }
        }
    }

    /// <summary>Ends the paragraph: drops the white space at its end; false when it holds nothing visible.</summary>
    public static bool Finish(Paragraph paragraph)
    {
        var last = paragraph.Descendants<Text>().LastOrDefault();
        if (last is not null)
        {
            last.Text = last.Text.TrimEnd();
        }
        return paragraph.Descendants<Text>().Any(t => t.Text.Length > 0) || paragraph.Descendants<FootnoteReference>().Any()
            || paragraph.Descendants<Break>().Any();
    }

    private void WriteElement(IElement element, OpenXmlCompositeElement into, RunFormat format)
    {
        if (element.Id is { } id)
        {
            context.Bookmark(id);
        }
        switch (element.TagName.ToUpperInvariant())
        {
            case "STRONG" or "B" or "TH":
                Write(element.ChildNodes, into, format with { Bold = true });
                break;
            case "EM" or "I" or "CITE" or "DFN":
                Write(element.ChildNodes, into, format with { Italic = true });
                break;
            case "CODE" or "KBD" or "SAMP":
                Write(element.ChildNodes, into, format with { Code = true });
                break;
            case "BR":
                into.Append(new Run(new Break()));
                _afterSpace = true;
                break;
            case "A":
                WriteLink(element, into, format);
                break;
            case "SUP" when footnotes is not null && (element.ClassList.Contains("link-note") || element.ClassList.Contains("citation")):
                footnotes.Cite(element, into);
                break;
            case "SUP":
                Write(element.ChildNodes, into, format with { Superscript = true });
                break;
            default:
                Write(element.ChildNodes, into, element.ClassList.Contains("expansion") ? format with { Italic = true } : format);
                break;
        }
    }

    private void WriteLink(IElement element, OpenXmlCompositeElement into, RunFormat format)
    {
        var target = context.Links.Resolve(element.GetAttribute("href"));
        if (target is null)
        {
            Write(element.ChildNodes, into, format);
            return;
        }
        var link = target.Url is { } url ? context.ExternalLink(host, url) : new Hyperlink { Anchor = target.Bookmark, History = true };
        into.Append(link);
        // a glossary term reads as text, as in print; other links look like links
        Write(element.ChildNodes, link, format with { Link = !element.ClassList.Contains("term-link") });
    }

    private void AddText(string data, OpenXmlCompositeElement into, RunFormat format)
    {
        var text = Collapse(data);
        if (text.Length == 0)
        {
            return;
        }
        _afterSpace = text[^1] == ' ';
        var run = new Run();
        if (format.Properties() is { } properties)
        {
            run.Append(properties);
        }
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        into.Append(run);
    }

    private string Collapse(string data)
    {
        var builder = new System.Text.StringBuilder(data.Length);
        var space = _afterSpace;
        foreach (var c in data)
        {
            var isSpace = c is ' ' or '\n' or '\r' or '\t' or '\f';
            if (!isSpace || !space)
            {
                builder.Append(isSpace ? ' ' : c);
            }
            space = isSpace || (space && isSpace);
        }
        return builder.ToString();
    }
}
