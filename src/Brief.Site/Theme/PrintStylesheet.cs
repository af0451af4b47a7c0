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

    public static Document Of(BriefManifest manifest, Views views, ThemeTemplates theme, DiagnosticBag diagnostics, string? banner) =>
        Render(Layout, $"briefs/{manifest.Name}/print.css", (manifest.Title, manifest.Paper, banner), views, theme, diagnostics);

    /// <summary>Lays out a page-furniture stylesheet (a brief's or a memo's) from its title, paper and banner.</summary>
    internal static Document Render(string layout, string destination, (string Title, string Paper, string? Banner) page, Views views,
        ThemeTemplates theme, DiagnosticBag diagnostics)
    {
        using var writer = new StringWriter();
        var model = Obj(("site", views.Site("")), ("page", Obj(("title", page.Title), ("paper", page.Paper))), ("banner", page.Banner));
        theme.Render(layout, model, writer, diagnostics);
        return Document.Create(null, destination, writer.ToString());
    }
}
