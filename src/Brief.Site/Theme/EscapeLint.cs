using Scriban;
using Scriban.Syntax;

namespace Brief.Site.Theme;

/// <summary>
/// Scriban does not escape HTML by itself, so the theme must: every value a template prints goes through
/// <c>html.escape</c>, unless its name ends in <c>_html</c> (HTML that the pipeline produced and sanitized),
/// it is a literal, or it is an <c>include</c>. This check reads the template's syntax tree and reports every
/// other output, so an unescaped value is a build error rather than a latent XSS.
/// </summary>
public static class EscapeLint
{
    public static IEnumerable<(int Line, int Column, string Expression)> UnescapedOutputs(Template template) =>
        Walk(template.Page).OfType<ScriptExpressionStatement>()
            .Where(statement => statement.Expression is not null && !IsSafe(statement.Expression))
            .Select(statement => (statement.Span.Start.Line + 1, statement.Span.Start.Column + 1, statement.Expression!.ToString().Trim()));

    private static bool IsSafe(ScriptExpression? expression)
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
                return IsEscape(last);
            case ScriptFunctionCall call:
                return IsEscape(call.Target) || call.Target?.ToString()?.Trim() == "include";
            case ScriptMemberExpression member:
                return member.Member?.ToString()?.EndsWith("_html", StringComparison.Ordinal) == true;
            case ScriptVariable variable when variable.Name is not null:
                return variable.Name.EndsWith("_html", StringComparison.Ordinal);
            case ScriptNestedExpression nested:
                return IsSafe(nested.Expression);
            default:
                return false;
        }
    }

    private static bool IsEscape(ScriptExpression? expression) =>
        expression?.ToString()?.Trim() is "html.escape" || expression is ScriptFunctionCall call && IsEscape(call.Target);

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
