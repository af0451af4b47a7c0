using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Brief.Site.Theme;

/// <summary>
/// <c>include 'name'</c> as Scriban defines it (the partial sees the caller's variables, its arguments as
/// <c>$</c>, its own locals), except that the partial writes into the page as it goes. Scriban's include renders
/// the partial into a string buffer and then writes that string, so every body inside a partial (an explainer's
/// is) was copied twice, and large pages went through the large-object heap.
/// </summary>
internal sealed class StreamingInclude : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var caller = callerContext ?? context.CurrentNode;
        if (arguments.Count == 0 || caller is null)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, "include needs the name of a partial");
        }
        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller)
            ?? throw new ScriptRuntimeException(caller.Span, "include needs the name of a partial");
        var template = context.GetOrCreateTemplate(path, caller);
        context.EnterRecursive(caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            template.Render(context); // into the current output, which is the page's (PageOutput)
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
