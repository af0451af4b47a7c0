using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;

namespace Brief.Site.Theme;

/// <summary>
/// A printed memo's page furniture, memos/ID/memo.css, laid out by the theme's layouts/memo.css: the paper, the banner
/// at the top and bottom of every page, and page numbers. The browser's Print dialog and brief build --pdf both use it.
/// </summary>
public static class MemoStylesheet
{
    public const string Layout = "memo.css";

    public static Document Of(DecisionMemo memo, Views views, ThemeTemplates theme, DiagnosticBag diagnostics) =>
        PrintStylesheet.Render(Layout, $"memos/{memo.Id}/memo.css", (memo.Title, "letter", views.Banners.Of(views.Memo(memo))), views, theme,
            diagnostics);
}
