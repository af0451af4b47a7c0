using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using static Brief.Site.Theme.ScriptValues;

namespace Brief.Site.Theme;

/// <summary>
/// A printed brief's page furniture, briefs/NAME/print.css, laid out by the theme's layouts/print.css. The
/// stylesheet is the theme's; the brief gives it its title, paper and banner (the marking, or the highest mark it holds).
/// </summary>
public static class PrintStylesheet
{
    public const string Layout = "print.css";

    public static Document Of(BriefManifest manifest, Views views, ThemeTemplates theme, DiagnosticBag diagnostics, string? banner)
    {
        using var writer = new StringWriter();
        var model = Obj(("site", views.Site("")), ("page", Obj(("title", manifest.Title), ("paper", manifest.Paper))), ("banner", banner));
        theme.Render(Layout, model, writer, diagnostics);
        return Document.Create(null, $"briefs/{manifest.Name}/print.css", writer.ToString());
    }
}
