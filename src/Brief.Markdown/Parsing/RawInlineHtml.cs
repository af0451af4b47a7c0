using Brief.Core.Diagnostics;
using Brief.Markdown.Rendering;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Parsing;

/// <summary>
/// A pass over raw HTML in a parsed body, before anything renders it. Text between raw inline tags that make a
/// link or code (<c>&lt;a&gt;</c>, <c>&lt;code&gt;</c>, <c>&lt;kbd&gt;</c>, <c>&lt;samp&gt;</c>) becomes plain escaped
/// text, so no glossary link lands inside them; raw tags left open are closed where their paragraph (or emphasis, or
/// link) ends; and raw HTML that nests deeper than <see cref="MaximumDepth"/>
/// is an error, which bounds what the sanitizer and every reader's browser must parse.
/// </summary>
public static class RawInlineHtml
{
    public const int MaximumDepth = 64;

    private static readonly HashSet<string> NoTermsInside = new(["a", "code", "kbd", "samp"], StringComparer.OrdinalIgnoreCase);

    /// <returns>False when raw HTML nests too deeply (the error is reported).</returns>
    public static bool Check(MarkdownDocument syntax, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        foreach (var block in syntax.Descendants<HtmlBlock>())
        {
            if (RawHtml.NestingDepth(block.Lines.ToString()) > MaximumDepth)
            {
                ReportTooDeep(file, block.Line + lineOffset, block.Column + 1, diagnostics);
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

    /// <summary>
    /// Walks one container's children in order (<paramref name="inCode"/>: inside a raw link or code already): unsafe
    /// tags and tags that cannot stand in a paragraph are removed with a warning, close tags that close nothing are
    /// dropped, and what is left open is closed at the container's end, so the written tags always balance.
    /// </summary>
    private static bool Protect(ContainerInline container, int depth, bool inCode, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        List<string>? open = null; // made when a tag opens: most containers have none
        Inline? next;
        for (var child = container.FirstChild; child is not null; child = next)
        {
            next = child.NextSibling;
            switch (child)
            {
                case HtmlInline html when RawHtml.TagName(html.Tag) is { } name:
                    if (Unwritable(html, name) is { } reason)
                    {
                        diagnostics.Warning(Codes.UnsafeHtml, reason, file, html.Line + lineOffset, html.Column + 1,
                            RawHtml.IsPhrasing(name) || !RawHtml.IsAllowed(name)
                                ? "scripts, event handlers, styles and javascript: URLs are not allowed in content"
                                : "start block-level HTML on a line of its own, with a blank line before it");
                        html.Remove();
                    }
                    else if (html.Tag.StartsWith("</", StringComparison.Ordinal))
                    {
                        var at = LastOpen(open, name);
                        if (at < 0)
                        {
                            html.Remove(); // closes nothing opened here
                        }
                        else
                        {
                            for (var i = open!.Count - 1; i > at; i--)
                            {
                                html.InsertBefore(new HtmlInline($"</{open[i]}>") { Line = html.Line, Column = html.Column });
                            }
                            open.RemoveRange(at, open.Count - at);
                        }
                    }
                    else if (!RawHtml.IsVoid(name) && !html.Tag.EndsWith("/>", StringComparison.Ordinal))
                    {
                        (open ??= []).Add(name);
                        if (depth + open.Count > MaximumDepth)
                        {
                            ReportTooDeep(file, html.Line + lineOffset, html.Column + 1, diagnostics);
                            return false;
                        }
                    }
                    break;
                case LiteralInline literal when inCode || NoTermsIn(open):
                    literal.ReplaceBy(new HtmlInline(System.Net.WebUtility.HtmlEncode(literal.Content.ToString()))
                    {
                        Line = literal.Line, Column = literal.Column, Span = literal.Span,
                    });
                    break;
                case ContainerInline inner when !Protect(inner, depth + (open?.Count ?? 0) + 1, inCode || NoTermsIn(open), file, lineOffset, diagnostics):
                    return false;
            }
        }
        // raw tags left open close where their container ends: an open <code> or <a> would otherwise be carried by
        // the HTML parser into the next paragraph, with its glossary links
        for (var i = (open?.Count ?? 0) - 1; i >= 0; i--)
        {
            container.AppendChild(new HtmlInline($"</{open![i]}>") { Line = container.Line, Column = container.Column });
        }
        return true;
    }

    /// <summary>Where the innermost open tag named <paramref name="name"/> is, or -1.</summary>
    private static int LastOpen(List<string>? open, string name)
    {
        for (var i = (open?.Count ?? 0) - 1; i >= 0; i--)
        {
            if (open![i].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Whether a tag that makes a link or code is open (text inside gets no glossary links).</summary>
    private static bool NoTermsIn(List<string>? open)
    {
        if (open is null)
        {
            return false;
        }
        foreach (var name in open)
        {
            if (NoTermsInside.Contains(name))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Why a raw inline tag cannot be written, or null when it can.</summary>
    private static string? Unwritable(HtmlInline html, string name)
    {
        if (RawHtml.IsAllowed(name) && !RawHtml.IsPhrasing(name))
        {
            return $"raw HTML removed: <{name.ToLowerInvariant()}> cannot stand inside a paragraph";
        }
        return RawHtml.IsSafeTag(html.Tag, out var removed) ? null
            : $"raw HTML sanitized: removed {(removed.Count > 0 ? string.Join(", ", removed.Distinct()) : "a javascript: URL")}";
    }

    private static void ReportTooDeep(string file, int line, int column, DiagnosticBag diagnostics) =>
        diagnostics.Error(Codes.TooDeep, $"raw HTML nests more than {MaximumDepth} elements deep", file, line, column,
            "flatten the markup, or write it in Markdown");
}
