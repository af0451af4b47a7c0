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
/// GitHub-style heading ids, {attributes} and task lists, with precise source positions for diagnostics.
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
        .UseGenericAttributes() // last: it attaches to whatever the other extensions produced
        .Build();

    /// <param name="bodyLine">The 1-based file line the body starts on.</param>
    public static ParsedMarkdown Parse(string body, int bodyLine, string file, DiagnosticBag diagnostics)
    {
        var syntax = Markdig.Markdown.Parse(body, Pipeline);
        var lineOffset = bodyLine;
        RemoveUnsafeAttributes(syntax, file, lineOffset, diagnostics);

        var headings = ImmutableArray.CreateBuilder<Heading>();
        var anchors = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var hasRawHtml = false;
        foreach (var node in syntax.Descendants())
        {
            if (node.TryGetAttributes() is { Id: { Length: > 0 } id })
            {
                anchors.Add(id);
            }
            switch (node)
            {
                case HeadingBlock heading:
                    headings.Add(new Heading(heading.Level, PlainText.Of(heading.Inline), heading.GetAttributes().Id ?? "", heading.Line + lineOffset));
                    break;
                case HtmlBlock or HtmlInline:
                    hasRawHtml = true;
                    break;
            }
        }
        return new ParsedMarkdown(syntax, lineOffset, headings.ToImmutable(), anchors.ToImmutable(), hasRawHtml);
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
            }
        }
    }
}
