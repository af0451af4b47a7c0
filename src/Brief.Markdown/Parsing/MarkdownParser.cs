using System.Collections.Immutable;
using Brief.Core.Diagnostics;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Brief.Markdown.Links;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Parsing;

/// <summary>
/// The one Markdig pipeline of a build (built once, shared by every thread): CommonMark plus tables, footnotes,
/// GitHub-style heading ids, {attributes}, task lists and typographic quotes and dashes (<see cref="Typography"/>),
/// with precise source positions for diagnostics.
/// </summary>
public static class MarkdownParser
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseTaskLists()
        .UseEmphasisExtras()
        .UseSmartyPants(Typography.Options)
        .Use<CitationExtension>()
        .UseGenericAttributes() // last: it attaches to whatever the other extensions produced
        .Build();

    /// <summary>How deeply block quotes, lists, links and emphasis may nest (Markdig's own bound, which keeps recursion safe).</summary>
    public static int MaximumNestingDepth => Pipeline.MaximumNestingDepth;

    /// <param name="bodyLine">The 1-based file line the body starts on.</param>
    /// <param name="keepTree">Whether the parsed body keeps its syntax tree (<see cref="ParsedMarkdown.KeptTree"/>).</param>
    /// <returns>The parsed body, or null (with an error at the line where it goes too deep) when it nests beyond the limit.</returns>
    public static ParsedMarkdown? Parse(string body, int bodyLine, string file, DiagnosticBag diagnostics, bool keepTree = true)
    {
        var lineOffset = bodyLine;
        if (TryParse(body) is not { } syntax)
        {
            diagnostics.Error(Codes.TooDeep,
                $"the Markdown nests more than {MaximumNestingDepth} levels deep (block quotes, lists, brackets or emphasis)",
                file, lineOffset + FirstTooDeepLine(body), 1, "flatten the structure; no reader can follow that many levels");
            return null;
        }
        RemoveUnsafeAttributes(syntax, file, lineOffset, diagnostics);
        if (!RawInlineHtml.Check(syntax, file, lineOffset, diagnostics))
        {
            return null;
        }

        var headings = ImmutableArray.CreateBuilder<Heading>();
        var anchors = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var hasRawHtml = false;
        var hasLinkNotes = false;
        var hasCitations = false;
        foreach (var node in syntax.Descendants())
        {
            if (node.TryGetAttributes() is { Id: { Length: > 0 } id })
            {
                anchors.Add(id);
            }
            switch (node)
            {
                case HeadingBlock heading:
                    headings.Add(new Heading(heading.Level, PlainText.Of(heading.Inline), heading.GetAttributes().Id ?? "", heading.Line
                        + lineOffset));
                    break;
                case HtmlBlock or HtmlInline:
                    hasRawHtml = true;
                    break;
                case LinkInline link when !hasLinkNotes:
                    hasLinkNotes = Rendering.PrintNotes.TakesNote(link);
                    break;
                case CitationInline citation:
                    hasCitations = true;
                    ReportMalformed(citation, file, lineOffset, diagnostics);
                    break;
            }
        }
        return new ParsedMarkdown(keepTree ? syntax : null, lineOffset, headings.ToImmutable(), anchors.ToImmutable(), hasRawHtml, hasLinkNotes,
            body, text => Reparse(text, file, lineOffset), Portions.Of(syntax, body, lineOffset))
        { HasCitations = hasCitations };
    }

    /// <summary>
    /// A body parsed before, from the facts its parse found (kept by a build cache on disk) and its text, which is parsed
    /// again, as after <see cref="Parse"/> without a kept tree, when a reader asks for the tree.
    /// </summary>
    public static ParsedMarkdown FromFacts(string body, int lineOffset, string file, ImmutableArray<Heading> headings, IEnumerable<string> anchors,
        (bool RawHtml, bool LinkNotes, bool Citations) has, ImmutableArray<Portion> portions) =>
        new(null, lineOffset, headings, anchors.ToImmutableHashSet(StringComparer.Ordinal), has.RawHtml, has.LinkNotes, body,
            text => Reparse(text, file, lineOffset), portions)
        { HasCitations = has.Citations };

    private static void ReportMalformed(CitationInline citation, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        if (citation.IsMalformed)
        {
            diagnostics.Error(Codes.MalformedCitation, $"citation '{citation.Text}' is not a list of source ids", file,
                citation.Line + lineOffset, citation.Column + 1,
                "write [@source-id] or [@first-id; @second-id] (no page numbers or other words inside); to write '[@' as text, write '\\[@'");
        }
    }

    /// <summary>The tree of a body that parsed once already, made the same way; its diagnostics were reported then.</summary>
    private static MarkdownDocument Reparse(string body, string file, int lineOffset)
    {
        var syntax = TryParse(body) ?? throw new InvalidOperationException($"{file} parsed before but not again");
        var reported = new DiagnosticBag();
        RemoveUnsafeAttributes(syntax, file, lineOffset, reported);
        RawInlineHtml.Check(syntax, file, lineOffset, reported);
        return syntax;
    }

    /// <summary>Attributes brief writes on links, images and glossary terms; given again they would be written twice.</summary>
    private static readonly HashSet<string> WrittenByBrief = new(
        ["href", "src", "srcset", "alt", "title", "loading", "rel", "aria-describedby"], StringComparer.OrdinalIgnoreCase);

    private static MarkdownDocument? TryParse(string body)
    {
        try
        {
            var syntax = Markdig.Markdown.Parse(body, Pipeline);
            Typography.CurlApostrophes(syntax);
            MarkedHeadingIds.Strip(syntax);
            return syntax;
        }
        catch (ArgumentException exception) when (exception.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>The 0-based body line by the end of which the text is too deep to parse: the shortest failing prefix.</summary>
    private static int FirstTooDeepLine(string body)
    {
        var ends = new List<int>();
        for (var i = body.IndexOf('\n'); i >= 0; i = body.IndexOf('\n', i + 1))
        {
            ends.Add(i + 1);
        }
        ends.Add(body.Length);
        var (low, high) = (0, ends.Count - 1);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (TryParse(body[..ends[middle]]) is null)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }

    /// <summary>{attributes} may name any attribute; event handlers and style are dropped with a warning.</summary>
    private static void RemoveUnsafeAttributes(MarkdownDocument syntax, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        foreach (var node in syntax.Descendants())
        {
            if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties })
            {
                continue;
            }
            for (var i = properties.Count - 1; i >= 0; i--)
            {
                var (name, value) = (properties[i].Key, properties[i].Value ?? "");
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
                    || (SafeUrl.IsUrlAttribute(name) && !SafeUrl.IsSafe(value)))
                {
                    properties.RemoveAt(i);
                    diagnostics.Warning(Codes.UnsafeHtml, $"attribute '{name}' removed: scripts and styles are not allowed in content",
                        file, node.Line + lineOffset, node.Column + 1);
                }
                else if (WrittenByBrief.Contains(name))
                {
                    properties.RemoveAt(i);
                    diagnostics.Warning(Codes.UnsafeHtml, $"attribute '{name}' removed: brief writes it from the Markdown itself",
                        file, node.Line + lineOffset, node.Column + 1,
                            "write the link target, image source or title in Markdown: [text](target \"title\")");
                }
            }
        }
    }
}
