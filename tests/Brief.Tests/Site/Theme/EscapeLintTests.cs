using Brief.Site.Theme;
using Scriban;

namespace Brief.Tests.Site.Theme;

public class EscapeLintTests
{
    private static List<string> Unescaped(string template) =>
        [.. EscapeLint.UnescapedOutputs(Template.Parse(template)).Select(u => u.Expression)];

    [Theory]
    [InlineData("{{ page.title | html.escape }}")]
    [InlineData("{{ html.escape page.title }}")]
    [InlineData("{{ page.body_html }}")]
    [InlineData("{{ include 'header' }}")]
    [InlineData("{{ 'literal' }}")]
    [InlineData("{{ x = page.title }}")]
    [InlineData("{{ for i in page.items }}{{ i.title | string.upcase | html.escape }}{{ end }}")]
    public void Escaped_and_trusted_outputs_pass(string template) => Assert.Empty(Unescaped(template));

    [Theory]
    [InlineData("{{ page.title }}", "page.title")]
    [InlineData("<a href=\"{{ page.url }}\">", "page.url")]
    [InlineData("{{ if page.summary }}{{ page.summary }}{{ end }}", "page.summary")]
    [InlineData("{{ page.title | html.escape | string.upcase }}", "page.title|html.escape|string.upcase")]
    [InlineData("{{ for i in page.items }}{{ i.title }}{{ end }}", "i.title")]
    public void Unescaped_outputs_are_found(string template, string expression) => Assert.Equal([expression], Unescaped(template));

    [Theory]
    [InlineData("{{ page.title | css.string }}", "")]
    [InlineData("{{ page.size_css }}", "")]
    [InlineData("{{ page.title }}", "page.title")]
    [InlineData("{{ page.title | html.escape }}", "page.title|html.escape")] // HTML escaping does not make a CSS string
    [InlineData("{{ page.body_html }}", "page.body_html")]
    public void A_stylesheet_template_escapes_with_css_string(string template, string expression) =>
        Assert.Equal(expression.Length == 0 ? [] : [expression],
            EscapeLint.UnescapedOutputs(Template.Parse(template), EscapeLint.Escaping.Css).Select(u => u.Expression));

    [Fact]
    public void The_shipped_theme_has_no_unescaped_output()
    {
        var files = Directory.EnumerateFiles(Support.Repo.Theme, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".css", StringComparison.Ordinal)
                && file.Contains("layouts", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(files, file => file.EndsWith("print.css", StringComparison.Ordinal));
        Assert.All(files, file => Assert.Empty(EscapeLint.UnescapedOutputs(Template.Parse(File.ReadAllText(file)), EscapeLint.Escaping.Of(file))));
    }
}
