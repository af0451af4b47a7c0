using Brief.Core.Diagnostics;
using Brief.Markdown.Rendering;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Parsing;

/// <summary>
/// A pass over raw HTML in a parsed body, before anything renders it. Text between raw inline tags that make a
/// link or code (<c>&lt;a&gt;</c>, <c>&lt;code&gt;</c>, <c>&lt;kbd&gt;</c>, <c>&lt;samp&gt;</c>) becomes plain escaped
/// text, so no glossary link lands inside them; and raw HTML that nests deeper than <see cref="MaximumDepth"/>
/// is an error, which bounds what the sanitizer and every reader's browser must parse.
/// </summary>
public static class RawInlineHtml
{
    public const int MaximumDepth = 64;

    private static readonly HashSet<string> NoTermsInside = new(["a", "code", "kbd", "samp"], StringComparer.OrdinalIgnoreCase);

    /// <returns>False when raw HTML nests too deeply (the error is reported).</returns>
    public static bool Check(MarkdownDocument syntax, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        foreach (var node in syntax.Descendants())
        {
            var (html, line, column) = node switch
            {
                HtmlBlock block => (block.Lines.ToString(), block.Line, block.Column),
                _ => (null, 0, 0),
            };
            if (html is not null && RawHtml.NestingDepth(html) > MaximumDepth)
            {
                ReportTooDeep(file, line + lineOffset, column + 1, diagnostics);
                return false;
            }
        }
        foreach (var leaf in syntax.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline && !Protect(inline, 0, inCode: false, file, lineOffset, diagnostics))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Walks one container's children in order, tracking the raw tags open in it (<paramref name="inCode"/>: inside one already).</summary>
    private static bool Protect(ContainerInline container, int depth, bool inCode, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var open = new List<string>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case HtmlInline html when RawHtml.TagName(html.Tag) is { } name:
                    if (html.Tag.StartsWith("</", StringComparison.Ordinal))
                    {
                        var at = open.FindLastIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
                        if (at >= 0)
                        {
                            open.RemoveRange(at, open.Count - at);
                        }
                    }
                    else if (!RawHtml.IsVoid(name) && !html.Tag.EndsWith("/>", StringComparison.Ordinal))
                    {
                        open.Add(name);
                        if (depth + open.Count > MaximumDepth)
                        {
                            ReportTooDeep(file, html.Line + lineOffset, html.Column + 1, diagnostics);
                            return false;
                        }
                    }
                    break;
                case LiteralInline literal when inCode || open.Exists(NoTermsInside.Contains):
                    var text = new HtmlInline(System.Net.WebUtility.HtmlEncode(literal.Content.ToString()))
                    {
                        Line = literal.Line, Column = literal.Column, Span = literal.Span,
                    };
                    literal.ReplaceBy(text);
                    child = text;
                    break;
                case ContainerInline inner when !Protect(inner, depth + open.Count + 1, inCode || open.Exists(NoTermsInside.Contains), file, lineOffset, diagnostics):
                    return false;
            }
        }
        return true;
    }

    private static void ReportTooDeep(string file, int line, int column, DiagnosticBag diagnostics) =>
        diagnostics.Error(Codes.TooDeep, $"raw HTML nests more than {MaximumDepth} elements deep", file, line, column,
            "flatten the markup, or write it in Markdown");
}
