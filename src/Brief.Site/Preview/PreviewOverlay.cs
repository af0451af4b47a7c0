using System.Net;
using System.Text;
using Brief.Core.Diagnostics;

namespace Brief.Site.Preview;

/// <summary>
/// What brief serve shows of the last build's diagnostics on every page it serves: its errors, in an alert over the
/// last good page (<c>#brief-overlay</c>); or, when it has none, its warnings, in a panel at the foot of the page that a
/// click folds (<c>#brief-warnings</c>). Each names file, line, column, code, message and hint, escaped.
/// </summary>
public static class PreviewOverlay
{
    public static string Of(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var warnings = diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        return errors.Count > 0 ? Errors(errors) : warnings.Count > 0 ? Warnings(warnings) : "";
    }

    private static string Errors(IReadOnlyList<Diagnostic> errors)
    {
        var text = new StringBuilder();
        text.Append("<div id=\"brief-overlay\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 " +
            "0;max-height:60vh;overflow:auto;z-index:2147483647;")
            .Append("background:#3b0d0d;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;border-top:4px solid #ff6b6b\">")
            .Append("<p style=\"margin:0 0 .5rem;font-weight:700\">brief: ").Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors")
            .Append(" — what you see is the last good build, if there was one; fix the content and the page reloads.</p>");
        return List(text, errors).Append("</div>").ToString();
    }

    private static string Warnings(IReadOnlyList<Diagnostic> warnings)
    {
        var text = new StringBuilder();
        text.Append("<details id=\"brief-warnings\" open style=\"position:fixed;inset:auto 0 0 0;max-height:40vh;overflow:auto;" +
            "z-index:2147483647;background:#3b2f0d;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:.75rem 1.25rem;" +
            "border-top:4px solid #ffc94d\">")
            .Append("<summary style=\"cursor:pointer;font-weight:700\">brief: ").Append(warnings.Count)
            .Append(warnings.Count == 1 ? " warning" : " warnings").Append(" — the site is built; click to fold this list.</summary>");
        return List(text, warnings).Append("</details>").ToString();
    }

    private static StringBuilder List(StringBuilder text, IReadOnlyList<Diagnostic> diagnostics)
    {
        text.Append("<ul style=\"margin:0;padding-left:1.25rem\">");
        foreach (var diagnostic in diagnostics)
        {
            text.Append("<li><strong>").Append(WebUtility.HtmlEncode($"{diagnostic.File}:{diagnostic.Line}:{diagnostic.Column}"))
                .Append("</strong> ").Append(WebUtility.HtmlEncode($"{diagnostic.Code}: {diagnostic.Message}"));
            if (diagnostic.Hint is not null)
            {
                text.Append("<br><span style=\"opacity:.8\">hint: ").Append(WebUtility.HtmlEncode(diagnostic.Hint)).Append("</span>");
            }
            text.Append("</li>");
        }
        return text.Append("</ul>");
    }
}
