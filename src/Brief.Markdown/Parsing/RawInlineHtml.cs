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
        var report = new Report(file, lineOffset, diagnostics);
        foreach (var block in syntax.Descendants<HtmlBlock>())
        {
            if (RawHtml.NestingDepth(block.Lines.ToString()) > MaximumDepth)
            {
                report.TooDeep(block);
                return false;
            }
        }
        foreach (var leaf in syntax.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline && !Protect(inline, 0, inCode: false, report))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Walks one container's children in order (<paramref name="inCode"/>: inside a raw link or code already): raw
    /// tags go through <see cref="Tag"/>, text inside a link or code is escaped, and what is left open is closed at
    /// the container's end, so the written tags always balance.
    /// </summary>
    private static bool Protect(ContainerInline container, int depth, bool inCode, Report report)
    {
        List<string>? open = null; // made when a tag opens: most containers have none
        Inline? next;
        for (var child = container.FirstChild; child is not null; child = next)
        {
            next = child.NextSibling;
            switch (child)
            {
                case HtmlInline html when RawHtml.TagName(html.Tag) is { } name:
                    if (!Tag(html, name, ref open, depth, report))
                    {
                        return false;
                    }
                    break;
                case LiteralInline literal when inCode || NoTermsIn(open):
                    literal.ReplaceBy(new HtmlInline(System.Net.WebUtility.HtmlEncode(literal.Content.ToString()))
                    {
                        Line = literal.Line, Column = literal.Column, Span = literal.Span,
                    });
                    break;
                case ContainerInline inner when !Protect(inner, depth + (open?.Count ?? 0) + 1, inCode || NoTermsIn(open), report):
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

    /// <summary>
    /// One raw tag named <paramref name="name"/>, <paramref name="open"/> being the tags open in its container: an
    /// unsafe tag or one that cannot stand in a paragraph is removed with a warning, a close tag closes what it
    /// closes, and an open tag is added to <paramref name="open"/>.
    /// </summary>
    /// <returns>False when the tag nests too deeply (the error is reported).</returns>
    private static bool Tag(HtmlInline html, string name, ref List<string>? open, int depth, Report report)
    {
        if (Unwritable(html, name) is { } reason)
        {
            report.Removed(html, name, reason);
            html.Remove();
        }
        else if (html.Tag.StartsWith("</", StringComparison.Ordinal))
        {
            Close(html, name, open);
        }
        else if (!RawHtml.IsVoid(name) && !html.Tag.EndsWith("/>", StringComparison.Ordinal))
        {
            (open ??= []).Add(name);
            if (depth + open.Count > MaximumDepth)
            {
                report.TooDeep(html);
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A close tag: it closes the innermost open tag of its name, after closing the tags opened inside that one; it
    /// is dropped when it closes nothing opened in its container.
    /// </summary>
    private static void Close(HtmlInline html, string name, List<string>? open)
    {
        var at = LastOpen(open, name);
        if (at < 0)
        {
            html.Remove();
            return;
        }
        for (var i = open!.Count - 1; i > at; i--)
        {
            html.InsertBefore(new HtmlInline($"</{open[i]}>") { Line = html.Line, Column = html.Column });
        }
        open.RemoveRange(at, open.Count - at);
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

    /// <summary>Where a body's diagnostics go: its file, and what to add to a line of the body to make it a line of the file (the body follows the
    /// front matter).</summary>
    private readonly record struct Report(string File, int LineOffset, DiagnosticBag Diagnostics)
    {
        public void Removed(HtmlInline html, string name, string reason) =>
            Diagnostics.Warning(Codes.UnsafeHtml, reason, File, html.Line + LineOffset, html.Column + 1,
                RawHtml.IsPhrasing(name) || !RawHtml.IsAllowed(name)
                    ? "scripts, event handlers, styles and javascript: URLs are not allowed in content"
                    : "start block-level HTML on a line of its own, with a blank line before it");

        public void TooDeep(MarkdownObject at) =>
            Diagnostics.Error(Codes.TooDeep, $"raw HTML nests more than {MaximumDepth} elements deep", File, at.Line + LineOffset, at.Column + 1,
                "flatten the markup, or write it in Markdown");
    }
}
