using System.Collections.Immutable;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Brief.Markdown.Parsing;

/// <summary>A section of a body's search text: the heading's anchor (as rendered, with the id prefix), its text, and where it starts.</summary>
public sealed record SearchSection(string Anchor, string Title, int Start);

/// <summary>
/// What a reader can find in a body: its text without markup, block by block (one line each), and its sections, so
/// a search result can name the section a match is in. Taken from the same syntax tree the body is rendered from;
/// raw HTML blocks are left out (what a reader sees of them is sanitized markup, not prose).
/// </summary>
public sealed record SearchText(string Text, ImmutableArray<SearchSection> Sections)
{
    public static readonly SearchText Empty = new("", []);

    public static SearchText Of(MarkdownDocument syntax, string idPrefix = "")
    {
        var text = new StringBuilder();
        var sections = ImmutableArray.CreateBuilder<SearchSection>();
        Walk(syntax, text, sections, idPrefix);
        return new SearchText(text.ToString().TrimEnd(), sections.ToImmutable());
    }

    private static void Walk(ContainerBlock container, StringBuilder text, ImmutableArray<SearchSection>.Builder sections, string idPrefix)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HtmlBlock:
                    break;
                case HeadingBlock heading:
                    var title = PlainText.Of(heading.Inline);
                    if (heading.TryGetAttributes()?.Id is { Length: > 0 } id)
                    {
                        sections.Add(new SearchSection(idPrefix + id, title, text.Length));
                    }
                    Line(text, title);
                    break;
                case LeafBlock { Inline: { } inline }:
                    Line(text, PlainText.Of(inline));
                    break;
                case LeafBlock leaf:
                    Line(text, leaf.Lines.ToString());
                    break;
                case Markdig.Extensions.Tables.TableRow row:
                    foreach (var cell in row.OfType<ContainerBlock>())
                    {
                        var before = text.Length;
                        Walk(cell, text, sections, idPrefix);
                        if (text.Length > before && text[^1] == '\n')
                        {
                            text[^1] = ' ';
                        }
                    }
                    if (text.Length > 0 && text[^1] == ' ')
                    {
                        text[^1] = '\n';
                    }
                    break;
                case ContainerBlock inner:
                    Walk(inner, text, sections, idPrefix);
                    break;
            }
        }
    }

    private static void Line(StringBuilder text, string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return;
        }
        foreach (var c in trimmed)
        {
            text.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
        }
        text.Append('\n');
    }
}
