using System.Text;
using AngleSharp.Dom;
using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Reliability;

/// <summary>
/// The corpus of broken and hostile inputs: each case is a small site with one bad file (or folder) and the exact
/// outcome brief must give: a correct, safe page, or the named error at the file and line, and never an exception.
/// </summary>
public class HostileInputTests
{
    private const string File = "input/explainers/x.md";

    private static string Explainer(string body, string head = "title: X\nsummary: S.\n") => $"---\n{head}---\n{body}\n";

    /// <summary>One case: what to write into a minimal site, and what the build of it must give.</summary>
    private sealed record Case(Action<FixtureSite> Arrange, Action<FixtureSite, Brief.Site.BuildResult> Expect);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // ---- broken files ----
        ["malformed YAML"] = new(s => s.Write("explainers/x.md", "---\ntitle: [unclosed\nsummary: S.\n---\nx\n"),
            (_, r) => Error(r, Codes.YamlSyntax, 2)),
        ["front matter never closed"] = new(s => s.Write("explainers/x.md", "---\ntitle: X\nsummary: S.\nBody.\n"),
            (_, r) => Error(r, Codes.UnclosedFrontMatter, 1)),
        ["invalid UTF-8"] = new(s => s.WriteBytes("explainers/x.md", [.. Encoding.UTF8.GetBytes(Explainer("Line one.\n\nCaf")), 0xE9, 0x0A]),
            (_, r) => Error(r, Codes.InvalidUtf8, 8, "the file is not valid UTF-8 (byte 0xE9 at offset 44)")),
        ["BOM and CRLF line endings"] = new(s =>
            s.WriteBytes("explainers/x.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: Crlf\r\nsummary: S.\r\n---\r\nA SOFA.\r\n")]),
            (s, r) => Page(s, r, p => Assert.Equal("Crlf", p.QuerySelector("h1")!.TextContent))),
        ["empty file"] = new(s => s.Write("explainers/x.md", ""),
            (_, r) => Assert.Equal([(Codes.MissingField, 1), (Codes.MissingField, 1)], r.Diagnostics.Select(d => (d.Code, d.Line)))),
        ["empty folder"] = new(s => Directory.CreateDirectory(Path.Combine(s.Input, "timeline")),
            (s, r) => { r.AssertClean(); Assert.True(s.Exists("timeline/index.html")); }),
        ["front matter and no body"] = new(s => s.Write("explainers/x.md", "---\ntitle: Empty\nsummary: S.\n---\n"),
            (s, r) => Page(s, r, p => Assert.Equal("", p.QuerySelector(".body")!.TextContent.Trim()))),
        ["a 10 MB page"] = new(s => s.Write("explainers/x.md", Explainer(new string('a', 10 * 1024 * 1024))),
            (_, r) => Error(r, Codes.TooLarge, 0, "the file is 10.0 MiB; content files may be at most 4 MiB")),
        ["ten thousand nested block quotes"] = new(s => s.Write("explainers/x.md", Explainer("Fine.\n\n" + new string('>', 10_000) + " deep")),
            (_, r) => Error(r, Codes.TooDeep, 7, "the Markdown nests more than 128 levels deep (block quotes, lists, brackets or emphasis)")),
        ["a list nested three hundred levels"] = new(s =>
            s.Write("explainers/x.md", Explainer(string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- item\n")))),
            (_, r) => Error(r, Codes.TooDeep, 68)),
        ["fifty thousand unbalanced brackets"] = new(s =>
            s.Write("explainers/x.md", Explainer(new string('[', 50_000) + "x" + new string('(', 20_000))),
            (_, r) => Error(r, Codes.TooDeep, 5)),
        ["an emphasis storm"] = new(s => s.Write("explainers/x.md", Explainer(new string('*', 50_000) + "x" + new string('_', 50_000))),
            (s, r) => Page(s, r, p => Assert.Contains("x", p.QuerySelector(".body")!.TextContent))),
        ["raw HTML blocks nested a hundred deep"] = new(s =>
            s.Write("explainers/x.md", Explainer("Text.\n\n" + string.Concat(Enumerable.Repeat("<div>", 100)))),
            (_, r) => Error(r, Codes.TooDeep, 7, "raw HTML nests more than 64 elements deep")),
        ["raw inline HTML nested a hundred deep"] = new(s =>
            s.Write("explainers/x.md", Explainer("Text " + string.Concat(Enumerable.Repeat("<span>", 100)))),
            (_, r) => Error(r, Codes.TooDeep, 5, "raw HTML nests more than 64 elements deep")),
        ["NUL and control characters"] = new(s => s.Write("explainers/x.md", Explainer("Before\0after \u0001 bell\u0007.")),
            (s, r) => Page(s, r, p => Assert.Contains("Before\uFFFDafter", p.QuerySelector(".body")!.TextContent))),
        ["a file name with spaces"] = new(s => s.Write("explainers/my file.md", Explainer("x")),
            (_, r) => Error(r, Codes.InvalidId, 1, "the file name 'my file' is not a valid id", file: "input/explainers/my file.md")),
        ["a non-ASCII file name"] = new(s => s.Write("explainers/café.md", Explainer("x")),
            (_, r) => Assert.Equal("rename the file to 'cafe.md', or set 'id: cafe' in the front matter",
                Error(r, Codes.InvalidId, 1, file: "input/explainers/café.md").Hint)),
        ["YAML alias expansion (billion laughs)"] = new(s => s.Write("explainers/x.md", "---\ntitle: X\nsummary: S.\ntags: &a [lol, lol, lol, " +
            "lol, lol, lol, lol, lol, lol]\nsources: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n---\nx\n"),
            (_, r) => Error(r, Codes.WrongType, 4, "'sources item' must be an id")),
        ["YAML nested five thousand deep"] = new(s =>
            s.Write("explainers/x.md", "---\ntitle: X\nsummary: S.\ntags: " + new string('[', 5000) + new string(']', 5000) + "\n---\nx\n"),
            (_, r) => Error(r, Codes.YamlSyntax, 4, "YAML nests too deeply (over 1,000 levels of lists or mappings)")),
        ["YAML duplicate key"] = new(s => s.Write("explainers/x.md", "---\ntitle: X\ntitle: Y\nsummary: S.\n---\nx\n"),
            (_, r) => Error(r, Codes.YamlSyntax, 3, "YAML syntax: Duplicate key title")),
        ["a title that is a map"] = new(s => s.Write("explainers/x.md", "---\ntitle: {a: b}\nsummary: S.\n---\nx\n"),
            (_, r) => Error(r, Codes.WrongType, 2, "'title' must be a single value")),

        // ---- hostile values and markup ----
        ["script in a title"] = new(s => s.Write("explainers/x.md", Explainer("x", "title: \"<script>alert(1)</script>\"\nsummary: S.\n")),
            (s, r) => Page(s, r, p => Assert.Equal("<script>alert(1)</script>", p.QuerySelector("h1")!.TextContent))),
        ["event handler in a summary"] = new(s => s.Write("explainers/x.md", Explainer("x", "title: X\nsummary: \"<img src=x onerror=alert(1)>\"\n")),
            (s, r) => { Page(s, r, _ => { }); Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", ReadSite(s, "explainers/index.html")); }),
        ["markup in tags"] = new(s => s.Write("explainers/x.md", Explainer("x", "title: X\nsummary: S.\ntags: [\"<b onmouseover=x()>t</b>\"]\n")),
            (s, r) => Page(s, r, p =>
                Assert.Contains(p.QuerySelectorAll(".tags a, .tags li, .tag"), e =>
                e.TextContent.Contains("<b onmouseover=x()>t</b>", StringComparison.Ordinal)))),
        ["javascript: links in every spelling"] = new(s =>
            s.Write("explainers/x.md",
            Explainer("[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c]( javascript:x) <javascript:alert(1)> [d](&#106;avascript:x)")),
            (s, r) =>
            {
                Page(s, r, _ => { }, Codes.UnsafeHtml);
                Assert.Equal(5, r.Diagnostics.Count(d => d.Code == Codes.UnsafeHtml && d.Line == 5));
            }),
        ["data: URLs in links and images"] = new(s =>
            s.Write("explainers/x.md", Explainer("[c](data:text/html,<script>x</script>) ![i](data:image/svg+xml,<svg/onload=x>)")),
            (s, r) => { Page(s, r, _ => { }, Codes.UnsafeHtml); Assert.Equal(2, r.Diagnostics.Count(d => d.Code == Codes.UnsafeHtml)); }),
        ["a raw script block"] = new(s => s.Write("explainers/x.md", Explainer("Text.\n\n<script>alert(1)</script>")),
            (s, r) => { Page(s, r, _ => { }, Codes.UnsafeHtml); Assert.Equal("raw HTML sanitized: removed <script>", Warning(r, 7).Message); }),
        ["frames, objects, embeds and forms"] = new(s =>
            s.Write("explainers/x.md", Explainer("<iframe src=x></iframe><object data=x></object><embed src=x><form action=x><input></form>")),
            (s, r) => { Page(s, r, _ => { }, Codes.UnsafeHtml); Assert.Contains("<iframe>", Warning(r, 5).Message); }),
        ["an event handler on a raw inline tag"] = new(s => s.Write("explainers/x.md", Explainer("Hover <span onclick=\"x()\">here</span>.")),
            (s, r) =>
            {
                Page(s, r, p => Assert.Contains("here", p.QuerySelector(".body")!.TextContent), Codes.UnsafeHtml);
                Assert.Equal(5, Warning(r, 5).Line);
            }),
        ["event handlers and styles through {attributes}"] = new(s =>
            s.Write("explainers/x.md", Explainer("## Head {onclick=\"x()\" style=\"color:red\"}\n\nText.")),
            (s, r) =>
            {
                Page(s, r, p => Assert.NotNull(p.QuerySelector("h2")), Codes.UnsafeHtml);
                Assert.Equal(2, r.Diagnostics.Count(d => d.Code == Codes.UnsafeHtml && d.Line == 5));
            }),
        ["a style element"] = new(s => s.Write("explainers/x.md", Explainer("Text.\n\n<style>body{display:none}</style>")),
            (s, r) => { Page(s, r, _ => { }, Codes.UnsafeHtml); Assert.Contains("<style>", Warning(r, 7).Message); }),
        ["SVG with onload"] = new(s => s.Write("explainers/x.md", Explainer("Text.\n\n<svg onload=\"x()\"><circle r=\"1\"/></svg>")),
            (s, r) =>
            {
                Page(s, r, p => Assert.Null(p.QuerySelector(".body svg")), Codes.UnsafeHtml);
                Assert.Equal(["<svg>", "<circle>", "<svg>"], r.Diagnostics.Select(d => d.Message.Replace("raw HTML sanitized: removed ", "")));
            }),
        ["an entity-encoded javascript: URL in raw HTML"] = new(s =>
            s.Write("explainers/x.md", Explainer("Text.\n\n<a href=\"&#106;ava&#x09;script:alert(1)\">go</a>")),
            (s, r) =>
            {
                Page(s, r, p => Assert.Null(p.QuerySelector(".body a[href]")), Codes.UnsafeHtml);
                Assert.Contains("attribute 'href'", Warning(r, 7).Message);
            }),
        ["a link out of the input folder"] = new(s => s.Write("explainers/x.md", Explainer("[p](../../etc/passwd)")),
            (_, r) => Error(r, Codes.BrokenLink, 5, "link '../../etc/passwd' points outside the input folder")),
        ["an absolute path"] = new(s => s.Write("explainers/x.md", Explainer("[p](/etc/passwd)")),
            (_, r) => Error(r, Codes.BrokenLink, 5, "link '/etc/passwd' is neither a Markdown file nor an asset")),
        ["a file: URL"] = new(s => s.Write("explainers/x.md", Explainer("[p](file:///etc/passwd)")),
            (s, r) =>
            {
                Page(s, r, p => Assert.DoesNotContain("file:", p.QuerySelector(".body")!.InnerHtml), Codes.UnsafeHtml);
                Assert.Equal(5, Warning(r, 5).Line);
            }),
        ["an image from outside the input folder"] = new(s => s.Write("explainers/x.md", Explainer("![p](../../../etc/passwd.png)")),
            (_, r) => Error(r, Codes.BrokenLink, 5, "link '../../../etc/passwd.png' points outside the input folder")),
        ["a source id that tries to leave the folder"] = new(s =>
            s.Write("explainers/x.md", Explainer("x", "title: X\nsummary: S.\nsources: [../../etc/passwd]\n")),
            (_, r) => Error(r, Codes.UnknownSource, 4, "unknown source '../../etc/passwd'")),
        ["a brief manifest that names a path"] = new(s => s.Write("briefs/evil.yml", "title: Evil\nsections: [bluf, ../../etc/passwd]\n"),
            (_, r) => Error(r, Codes.BadManifest, 2, file: "input/briefs/evil.yml")),
        ["a glossary term spelled in markup"] = new(s => s.Write("glossary/x.md", "---\nterm: \"<b>XX</b>\"\n---\nSee <b>XX</b>.\n"),
            (s, r) => { Assert.True(r.Written); Assert.Equal("<b>XX</b>", s.Page("glossary/x/").QuerySelector("h1")!.TextContent); }),
        ["glossary terms inside raw links and code"] = new(s =>
            s.Write("explainers/x.md",
            Explainer("A <a href=\"https://example.org\">SOFA link</a> and <code>SOFA</code> and <kbd>*SOFA*</kbd>; a SOFA.")),
            (s, r) => Page(s, r, p =>
            {
                Assert.Empty(p.QuerySelectorAll(".body a a, .body code .term, .body kbd .term"));
                Assert.Single(p.QuerySelectorAll(".body .term-link"));
            })),
        ["an input file that is a symbolic link out of the input"] = new(s => Link(s, "explainers/passwd.md", "/etc/passwd"),
            (_, r) => Error(r, Codes.InputLink, 0,
                "'passwd.md' is a symbolic link (to /etc/passwd); brief reads only real files inside the input folder",
                file: "input/explainers/passwd.md")),
        ["an input folder that is a symbolic link"] = new(s => Link(s, "assets/etc", "/etc"),
            (_, r) => Error(r, Codes.InputLink, 0, file: "input/assets/etc")),
        ["an HTML page among the assets"] = new(s => s.Write("assets/page.html", "<script>alert(document.cookie)</script>"),
            (s, r) =>
            {
                Error(r, Codes.UnsafeAsset, 0, "asset not published: a .html file would run as a page of the site, with any script in it",
                    file: "input/assets/page.html");
            }),
        ["an SVG image with a script"] = new(s =>
            s.Write("assets/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"4\"/></svg>"),
            (s, r) => Error(r, Codes.UnsafeAsset, 0, "asset not published: the SVG image holds a script, an event handler or a javascript: URL",
                file: "input/assets/map.svg")),
        ["a plain SVG image"] = new(s =>
            s.Write("assets/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><circle r=\"4\"/></svg>")
                .Write("explainers/x.md", Explainer("![A map](../assets/map.svg)")),
            (s, r) =>
            {
                Page(s, r, p => Assert.Equal("/assets/map.svg", p.QuerySelector(".body img")!.GetAttribute("src")));
                Assert.True(s.Exists("assets/map.svg"));
            }),
        ["a base_url that is a script"] = new(s => s.Write("site.yml", "title: T\nas_of: 2025-02-04\nbase_url: \"javascript:alert(1)//\"\n"),
            (_, r) => Error(r, Codes.InvalidValue, 3, "'base_url' is 'javascript:alert(1)//', not a path", file: "input/site.yml")),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_broken_or_hostile_input_gives_its_exact_outcome(string name)
    {
        var (arrange, expect) = Cases[name];
        using var site = FixtureSite.Minimal();
        arrange(site);

        var result = site.Build();

        expect(site, result);
        if (result.Written)
        {
            SafeOutput.Assert(site.Output);
        }
    }

    [Fact]
    public void The_corpus_has_at_least_thirty_cases() => Assert.True(Cases.Count >= 30, $"{Cases.Count} cases");

    private static Diagnostic Error(Brief.Site.BuildResult result, string code, int line, string? message = null, string file = File)
    {
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((code, file, line), (error.Code, error.File, error.Line));
        if (message is not null)
        {
            Assert.Equal(message, error.Message);
        }
        Assert.False(result.Written);
        return error;
    }

    private static Diagnostic Warning(Brief.Site.BuildResult result, int line) =>
        Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning && d.Line == line);

    /// <summary>The build wrote the site with no diagnostics but the allowed code, and x's page passes the check.</summary>
    private static void Page(FixtureSite site, Brief.Site.BuildResult result, Action<IDocument> check, string? allowed = null)
    {
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        Assert.All(result.Diagnostics, d => Assert.Equal(allowed, d.Code));
        check(site.Page("explainers/x/"));
    }

    private static string ReadSite(FixtureSite site, string path) => System.IO.File.ReadAllText(Path.Combine(site.Output, path));

    private static void Link(FixtureSite site, string path, string target)
    {
        var link = Path.Combine(site.Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(link, target);
        }
        else
        {
            System.IO.File.CreateSymbolicLink(link, target);
        }
    }
}
