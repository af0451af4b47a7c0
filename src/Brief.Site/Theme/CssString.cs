using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Brief.Site.Theme;

/// <summary>
/// A value as a quoted CSS string, for stylesheet templates (<c>css.string</c> in the theme's print.css): quotes
/// and backslashes escaped, line breaks as \A, other control characters as spaces, so that no value can end the
/// string or the rule it is in.
/// </summary>
public sealed class CssString : IScriptCustomFunction
{
    public static string Quote(string? value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value ?? "")
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\A ",
                '\r' => "",
                < ' ' => " ",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        arguments.Count == 1
            ? Quote(context.ObjectToString(arguments[0]))
            : throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, "css.string takes one value");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
