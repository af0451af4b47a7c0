using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

public class SafetyTests
{
    [Fact]
    public void Front_matter_values_are_escaped_wherever_they_are_printed()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/basics.md",
            "---\ntitle: \"<script>alert('t')</script> & co\"\nsummary: \"<img src=x onerror=alert(1)>\"\ntags: [\"<b>tag</b>\"]\n---\nText.\n");

        site.Build().AssertClean();

        foreach (var path in new[] { "explainers/basics/", "explainers/", "" })
        {
            var page = site.Page(path);
            Assert.Empty(page.QuerySelectorAll("script:not([src]), img[onerror], main b"));
            Assert.All(page.QuerySelectorAll("script"), script => Assert.Equal("/theme/theme.js", script.GetAttribute("src")));
        }
        var explainer = site.Page("explainers/basics/");
        Assert.Equal("<script>alert('t')</script> & co", explainer.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("<script>", explainer.Title);
    }

    [Fact]
    public void Raw_html_in_a_body_is_sanitized_with_a_warning_naming_file_and_line()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\n---\nIntro.\n\n<p onmouseover=\"x()\">Hover <a " +
            "href=\"javascript:evil()\">me</a></p>\n\n<table><tr><td>kept</td></tr></table>\n");

        var result = site.Build();

        var warning = result.Diagnostics.Single();
        Assert.Equal((Codes.UnsafeHtml, Severity.Warning, "input/explainers/basics.md", 7),
            (warning.Code, warning.Severity, warning.File, warning.Line));
        var body = site.Page("explainers/basics/").QuerySelector(".body")!;
        Assert.Null(body.QuerySelector("[onmouseover]"));
        Assert.DoesNotContain("javascript:", body.InnerHtml);
        Assert.NotNull(body.QuerySelector("table td"));
    }

    [Fact]
    public void A_template_that_prints_a_value_unescaped_is_a_build_error()
    {
        using var site = FixtureSite.Minimal();
        using var theme = new TempFolder();
        CopyDirectory(Repo.Theme, theme.Path);
        var partial = Path.Combine(theme.Path, "partials", "article.html");
        File.WriteAllText(partial, File.ReadAllText(partial).Replace("{{ page.title | html.escape }}", "{{ page.title }}"));

        var result = site.Build(theme: theme.Path);

        var error = result.Single(Codes.Template);
        Assert.EndsWith("article.html", error.File);
        Assert.Contains("'page.title' without escaping", error.Message);
        Assert.False(result.Written);
    }

    [Theory]
    [InlineData("layouts", "option.html")]
    [InlineData("layouts", "print.css")] // the page furniture of a printed brief
    [InlineData("partials", "brief-item.html")] // laid out on its own, for each document of a printed brief
    public void A_theme_without_a_template_the_pipeline_lays_out_is_an_error_naming_it_with_a_hint_not_a_crash(string folder, string name)
    {
        using var site = FixtureSite.Minimal();
        using var theme = new TempFolder();
        CopyDirectory(Repo.Theme, theme.Path);
        File.Delete(Path.Combine(theme.Path, folder, name));

        var result = site.Build(theme: theme.Path);

        var error = result.Single(Codes.Template);
        Assert.Equal($"the theme has no {folder}/{name}", error.Message);
        Assert.Equal(Path.Combine(theme.Path, folder), error.File);
        Assert.Contains("copy it from brief's own theme/", error.Hint);
        Assert.False(result.Written);
    }

    [Fact]
    public void A_theme_partial_cannot_be_loaded_from_outside_the_theme()
    {
        using var site = FixtureSite.Minimal();
        using var theme = new TempFolder();
        CopyDirectory(Repo.Theme, theme.Path);
        var layout = Path.Combine(theme.Path, "layouts", "page.html");
        File.WriteAllText(layout, "{{ include '../../etc/passwd' }}" + File.ReadAllText(layout));
        site.Write("about.md", "---\ntitle: About\n---\nText.\n");

        var result = site.Build(theme: theme.Path);

        Assert.Contains("a partial is named by letters", result.Single(Codes.Template).Message);
        Assert.False(result.Written);
    }

    [Fact]
    public async Task A_template_that_fails_while_a_page_is_written_is_an_error_in_check_and_build_and_keeps_the_previous_site()
    {
        using var site = FixtureSite.Minimal();
        site.Build().AssertClean();
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        using var theme = new TempFolder();
        CopyDirectory(Repo.Theme, theme.Path);
        var layout = Path.Combine(theme.Path, "layouts", "glossary.html");
        File.WriteAllText(layout, "{{ page.no_such_field | html.escape }}\n" + File.ReadAllText(layout));

        var check = await Brief.Site.SiteBuilder.CheckAsync(site.Options(theme: theme.Path));
        var build = site.Build(theme: theme.Path);

        foreach (var result in new[] { check, build })
        {
            var error = result.Single(Codes.Template);
            Assert.Equal((layout, 1), (error.File, error.Line));
            Assert.Contains("no_such_field", error.Message);
            Assert.False(result.Written);
        }
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, "site.building-*"));
    }

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
