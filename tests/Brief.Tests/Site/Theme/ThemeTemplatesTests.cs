using Brief.Core.Diagnostics;
using Brief.Site.Theme;
using Brief.Tests.Support;
using Scriban.Runtime;

namespace Brief.Tests.Site.Theme;

/// <summary>Template contexts are reused from page to page: nothing of one page may reach the next.</summary>
public class ThemeTemplatesTests
{
    [Fact]
    public void What_a_page_assigns_is_not_seen_by_the_next_page_and_a_failed_page_spoils_nothing()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("layouts"));
        Directory.CreateDirectory(folder.Combine("partials"));
        File.WriteAllText(folder.Combine("layouts", "assigns.html"), "{{ leak = 'from the last page' }}{{ title }}");
        File.WriteAllText(folder.Combine("layouts", "reads.html"), "{{ leak }}");
        File.WriteAllText(folder.Combine("layouts", "fails.html"), "{{ for i in 1..3 }}{{ i }}{{ end }}{{ missing.field }}");
        var theme = ThemeTemplates.Load(folder.Path, new DiagnosticBag()); // the required layouts are missing: not needed here
        var diagnostics = new DiagnosticBag();

        Assert.Equal("First", Render(theme, "assigns", "First", diagnostics));
        Assert.Equal("", Render(theme, "reads", "Second", diagnostics));
        Assert.Equal("123", Render(theme, "fails", "Third", diagnostics));
        Assert.Equal("Fourth", Render(theme, "assigns", "Fourth", diagnostics));
        Assert.Equal("Fifth", Render(theme, "assigns", "Fifth", diagnostics));

        var errors = diagnostics.Sorted();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(Codes.Template, e.Code));
        var leak = Assert.Single(errors, e => e.File.EndsWith("reads.html", StringComparison.Ordinal));
        Assert.Contains("leak", leak.Message, StringComparison.Ordinal);
        Assert.Equal(1, leak.Line);
        Assert.Single(errors, e => e.File.EndsWith("fails.html", StringComparison.Ordinal)
            && e.Message.Contains("missing", StringComparison.Ordinal));
    }

    private static string Render(ThemeTemplates theme, string layout, string title, DiagnosticBag diagnostics)
    {
        using var writer = new StringWriter();
        var model = new ScriptObject { ["title"] = title };
        theme.Render(layout, model, writer, diagnostics);
        return writer.ToString();
    }
}
