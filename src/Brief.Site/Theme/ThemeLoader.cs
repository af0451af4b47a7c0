using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Brief.Site.Theme;

/// <summary>Resolves <c>include 'name'</c> to theme/partials/name.html, and nothing else: no paths, no way out of the theme.</summary>
internal sealed class ThemeLoader(string partialsFolder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templateName.Length == 0 || !templateName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': a partial is named by letters, digits, '-' and '_' only");
        }
        return Path.Combine(partialsFolder, templateName + ".html");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new ScriptRuntimeException(callerSpan, $"partial '{Path.GetFileName(templatePath)}' not found in the theme's partials/");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
