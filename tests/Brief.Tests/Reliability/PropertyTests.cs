using System.Text.Json;
using AngleSharp.Html.Parser;
using Brief.Core.Diagnostics;
using Brief.Markdown.Glossary;
using Brief.Markdown.Links;
using Brief.Markdown.Parsing;
using Brief.Markdown.Rendering;
using Brief.Tests.Support;
using CsCheck;

namespace Brief.Tests.Reliability;

/// <summary>
/// Random Markdown and front matter, built from the pieces editors (and attackers) write: the pipeline never throws,
/// every page is well-formed and safe, and no glossary link lands inside code, a link or a heading. CI runs a
/// bounded number of cases; set BRIEF_PROPERTY_RUNS for a longer run (the renderer runs a hundred times that).
/// </summary>
public class PropertyTests
{
    private static readonly long Runs = long.TryParse(Environment.GetEnvironmentVariable("BRIEF_PROPERTY_RUNS"), out var n) && n > 0 ? n : 30;

    private static readonly string[] Pieces =
    [
        "SOFA", "Status of Forces Agreement", "Title 50", "title 50", "a", "the", "forces", ".", ",", " ", " ", "\n", "\n\n", "\n\n",
        "`SOFA`", "``code ` SOFA``", "[SOFA](other.md)", "[the SOFA](https://example.org)", "<https://example.org/SOFA>", "![SOFA](map.png)",
        "# ", "## SOFA ", "### Title 50\n", "*", "**", "_", "~~", "> ", "- ", "1. ", "    ", "```\nSOFA\n```\n", "~~~",
            "| a | SOFA |\n|---|---|\n| SOFA | b |\n",
        "[", "]", "(", ")", "<", ">", "&", "&amp;", "&#0;", "\\", "[^1]", "\n[^1]: SOFA note\n", "{#id .class}", "{onclick=\"x()\"}",
            "{style=\"a:b\"}",
        "<span>", "</span>", "<div>", "</div>", "</main>", "<a href=\"https://example.org\">", "</a>", "<code>", "</code>", "<kbd>SOFA</kbd>",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=x()>", "<iframe src=x>", "<style>*{}</style>", "<!-- c -->",
        "[x](javascript:alert(1))", "[x](JAVASCRIPT:x)", "[x](data:text/html,x)", "![x](javascript:x)", "<a href=\"java&#x09;script:x\">y</a>",
        "\"", "'", "é", "中文", "\u202e", "\u0000", "\t", "---\n", "***\n", "<p onclick=x>", "</p>", "<table><tr><td>SOFA</td></tr></table>",
    ];

    private static readonly Gen<string> Markdown = Gen.Frequency(
            (8, Gen.OneOf(Pieces)),
            (1, Gen.Char['\0', '\u2FFF'].Array[1, 8].Select(chars => new string(chars))))
        .Array[0, 60].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Value = Gen.Frequency(
            (6, Gen.OneOf(Pieces).Array[1, 6].Select(parts => string.Concat(parts))),
            (1, Gen.Char['\0', '\u2FFF'].Array[0, 20].Select(chars => new string(chars))));

    private sealed class Resolver : ILinkResolver
    {
        public LinkResolution Resolve(string url, bool isImage) => url switch
        {
            "other.md" => new LinkResolution.Resolved("/explainers/other/", "other"),
            _ when isImage => new LinkResolution.Resolved("/assets/" + url, null),
            _ => new LinkResolution.Broken(Codes.BrokenLink, $"link '{url}' points to a missing file"),
        };
    }

    private static readonly GlossaryIndex Glossary = new(
        new TermMatcher([.. TermForm.For("sofa", "SOFA", ["Status of Forces Agreement"]), .. TermForm.For("title-50", "Title 50", [])]),
        new Dictionary<string, TermInfo>
        {
            ["sofa"] = new("sofa", "/glossary/sofa/", "SOFA", "Status of Forces Agreement", "An agreement."),
            ["title-50"] = new("title-50", "/glossary/title-50/", "Title 50", null, "Intelligence law."),
        });

    [Fact]
    public void Rendering_random_markdown_never_throws_and_gives_safe_well_formed_html_with_terms_only_in_running_text()
    {
        Markdown.Sample(markdown =>
        {
            var bag = new DiagnosticBag();
            if (MarkdownParser.Parse(markdown, 5, "input/x.md", bag) is not { } parsed)
            {
                Assert.Equal(Codes.TooDeep, Assert.Single(bag.Sorted(), d => d.Severity == Severity.Error).Code);
                return;
            }
            var html = MarkdownRenderer.Render(parsed, new RenderOptions(new Resolver(), Glossary, "input/x.md", bag)).Html.ToString();
            var page = $"<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>{html}</main><footer>end</footer></body></html>";

            SafeOutput.AssertPage(page, markdown);
            var document = new HtmlParser().ParseDocument(page);
            Assert.Empty(document.QuerySelectorAll("a .term-link, code .term-link, pre .term-link, h1 .term-link, h2 .term-link, h3 .term-link, " +
                "h4 .term-link, h5 .term-link, h6 .term-link"));
            Assert.Equal("end", document.QuerySelector("body > footer")?.TextContent); // nothing in a body can close the page's own elements
            Assert.All(bag.Sorted(), d => Assert.True(d.Line >= 5, d.ToString()));
        }, iter: Runs * 100, seed: Environment.GetEnvironmentVariable("BRIEF_PROPERTY_SEED"));
    }

    [Fact]
    public void Building_random_pages_never_throws_and_every_page_it_writes_is_safe()
    {
        Gen.Select(Value, Value, Value.Array[0, 3], Markdown, Gen.Bool).Sample((title, summary, tags, body, quoted) =>
        {
            using var site = FixtureSite.Minimal();
            string Yaml(string value) => quoted ? JsonSerializer.Serialize(value) : value;
            site.Write("explainers/random.md",
                $"---\ntitle: {Yaml(title)}\nsummary: {Yaml(summary)}\ntags: " +
                    $"[{string.Join(", ", tags.Select(t => JsonSerializer.Serialize(t)))}]\n---\n{body}\n");

            var result = site.Build();

            Assert.All(result.Diagnostics, d => Assert.True(d.File.Length > 0 && (d.Line > 0 || d.Code is Codes.TooLarge), d.ToString()));
            Assert.Equal(result.Errors == 0, result.Written);
            if (result.Written)
            {
                SafeOutput.Assert(site.Output);
            }
        }, iter: Runs, threads: 1, seed: Environment.GetEnvironmentVariable("BRIEF_PROPERTY_SEED"));
    }
}
