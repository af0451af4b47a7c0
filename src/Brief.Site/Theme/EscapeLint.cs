using Scriban;
using Scriban.Syntax;

namespace Brief.Site.Theme;

/// <summary>
/// Scriban does not escape HTML by itself, so the theme must: every value a template prints goes through
/// <c>html.escape</c>, unless its name ends in <c>_html</c> (HTML that the pipeline produced and sanitized),
/// it is a literal, or it is an <c>include</c>. This check reads the template's syntax tree and reports every
/// other output, so an unescaped value is a build error rather than a latent XSS. A stylesheet template (the
/// printed brief's print.css) follows the same rule with its own escape: <c>css.string</c>, or a name ending in <c>_css</c>.
/// </summary>
public static class EscapeLint
{
    /// <summary>How a template's output is escaped: the function that escapes, and the suffix of names trusted as they are.</summary>
    public sealed record Escaping(string Function, string TrustedSuffix)
    {
        public static readonly Escaping Html = new("html.escape", "_html");
        public static readonly Escaping Css = new("css.string", "_css");

        /// <summary>The escaping of a theme file, by its extension: .css files are stylesheets, everything else HTML.</summary>
        public static Escaping Of(string file) => file.EndsWith(".css", StringComparison.OrdinalIgnoreCase) ? Css : Html;
    }

    public static IEnumerable<(int Line, int Column, string Expression)> UnescapedOutputs(Template template) =>
        UnescapedOutputs(template, Escaping.Html);

    public static IEnumerable<(int Line, int Column, string Expression)> UnescapedOutputs(Template template, Escaping escaping) =>
        Walk(template.Page).OfType<ScriptExpressionStatement>()
            .Where(statement => statement.Expression is not null && !IsSafe(statement.Expression, escaping))
            .Select(statement => (statement.Span.Start.Line + 1, statement.Span.Start.Column + 1, statement.Expression!.ToString().Trim()));

    private static bool IsSafe(ScriptExpression? expression, Escaping escaping)
    {
        switch (expression)
        {
            case ScriptLiteral:
            case ScriptAssignExpression:
                return true;
            case ScriptPipeCall pipe:
                var last = pipe.To;
                while (last is ScriptPipeCall next)
                {
                    last = next.To; // the value printed is what the last stage of the pipe returns
                }
                return IsEscape(last, escaping);
            case ScriptFunctionCall call:
                return IsEscape(call.Target, escaping) || call.Target?.ToString()?.Trim() == "include";
            case ScriptMemberExpression member:
                return member.Member?.ToString()?.EndsWith(escaping.TrustedSuffix, StringComparison.Ordinal) == true;
            case ScriptVariable variable when variable.Name is not null:
                return variable.Name.EndsWith(escaping.TrustedSuffix, StringComparison.Ordinal);
            case ScriptNestedExpression nested:
                return IsSafe(nested.Expression, escaping);
            default:
                return false;
        }
    }

    private static bool IsEscape(ScriptExpression? expression, Escaping escaping) =>
        expression?.ToString()?.Trim() == escaping.Function || expression is ScriptFunctionCall call && IsEscape(call.Target, escaping);

    private static IEnumerable<ScriptNode> Walk(ScriptNode? node)
    {
        if (node is null)
        {
            yield break;
        }
        yield return node;
        foreach (var child in node.Children)
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }
}
