using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using static Brief.Site.Theme.ScriptValues;

namespace Brief.Site.Theme;

/// <summary>
/// A printed memo's page furniture, memos/ID/memo.css, laid out by the theme's layouts/memo.css: the paper, the banner
/// at the top and bottom of every page, and page numbers. The browser's Print dialog and brief build --pdf both use it.
/// </summary>
public static class MemoStylesheet
{
    public const string Layout = "memo.css";

    public static Document Of(DecisionMemo memo, Views views, ThemeTemplates theme, DiagnosticBag diagnostics)
    {
        using var writer = new StringWriter();
        var banner = views.Banners.Of(views.Memo(memo));
        var model = Obj(("site", views.Site("")), ("page", Obj(("title", memo.Title), ("paper", "letter"))), ("banner", banner));
        theme.Render(Layout, model, writer, diagnostics);
        return Document.Create(null, $"memos/{memo.Id}/memo.css", writer.ToString());
    }
}
