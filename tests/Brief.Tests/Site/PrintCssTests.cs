using Brief.Core.Diagnostics;
using Brief.Site.Theme;
using Brief.Tests.Support;
using static Brief.Site.Theme.ScriptValues;

namespace Brief.Tests.Site;

/// <summary>The theme's layouts/print.css: the page furniture of a printed brief, from the brief and the site settings.</summary>
public class PrintCssTests
{
    private static string Render(string title, string paper, string? marking)
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeTemplates.Load(Repo.Theme, diagnostics);
        using var writer = new StringWriter();
        // the banner is the brief's: the site's marking, or with markings the highest mark the brief holds
        theme.Render("print.css", Obj(("site", Obj(("marking", marking))), ("page", Obj(("title", title), ("paper", paper))), ("banner", marking)),
            writer, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return writer.ToString();
    }

    [Fact]
    public void Paper_title_and_marking_come_from_the_brief_and_the_site()
    {
        var css = Render("Read-Ahead", "a4", "UNCLASSIFIED");

        Assert.Contains("  size: A4;\n", css, StringComparison.Ordinal);
        Assert.Contains("  size: A4 landscape;\n", css, StringComparison.Ordinal);
        Assert.Contains("@top-left { content: \"Read-Ahead\";", css, StringComparison.Ordinal);
        Assert.Contains("@top-right { content: \"UNCLASSIFIED\";", css, StringComparison.Ordinal);
        Assert.Contains("@bottom-left { content: \"UNCLASSIFIED\";", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_a_marking_the_margin_boxes_are_empty(string? marking)
    {
        var css = Render("Brief", "letter", marking);

        Assert.Contains("  size: letter;\n", css, StringComparison.Ordinal);
        Assert.Contains("@top-right { content: none;", css, StringComparison.Ordinal);
        Assert.Contains("@bottom-left { content: none;", css, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_cannot_end_its_string_or_rule()
    {
        var css = Render("A \"quoted\" \\ title\nand } more", "letter", null);

        Assert.Contains("content: \"A \\\"quoted\\\" \\\\ title\\A and } more\";", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("two\r\nlines", "\"two\\A lines\"")]
    [InlineData("tab\there", "\"tab here\"")]
    [InlineData(null, "\"\"")]
    public void Css_string_quotes_a_value(string? value, string quoted) => Assert.Equal(quoted, CssString.Quote(value));
}
