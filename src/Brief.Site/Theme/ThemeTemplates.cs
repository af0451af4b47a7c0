using System.Collections.Concurrent;
using System.Collections.Immutable;
using Brief.Core.Diagnostics;
using Scriban;
using Scriban.Runtime;

namespace Brief.Site.Theme;

/// <summary>
/// The theme's Scriban templates, parsed and checked once per build and shared by every page: layouts/*.html
/// are pages, layouts/*.css stylesheets made per page (a printed brief's print.css), partials/*.html are includes.
/// Each render takes a <see cref="TemplateContext"/> of its own (contexts are not thread-safe) with strict variables,
/// so a typo in a template is an error, not a blank. Contexts are kept for the next render once it has finished
/// cleanly: making one allocates more than reusing one costs, and one is needed for every page and every piece of a
/// printed brief.
/// </summary>
public sealed class ThemeTemplates
{
    private readonly ImmutableDictionary<string, Template> _layouts;
    private readonly ImmutableDictionary<string, Template> _partials;
    private readonly string _partialsFolder;
    private readonly ConcurrentBag<ThemeContext> _idle = [];

    private ThemeTemplates(ImmutableDictionary<string, Template> layouts, ImmutableDictionary<string, Template> partials, string partialsFolder,
        string key) =>
        (_layouts, _partials, _partialsFolder, Key) = (layouts, partials, partialsFolder, key);

    /// <summary>The fingerprint of every layout and partial (names and text), for the build cache.</summary>
    public string Key { get; }

    /// <summary>The layouts a briefing site renders its pages with: a name alone is an .html page, print.css is
    /// the stylesheet of a printed brief's page furniture.</summary>
    public static readonly IReadOnlyList<string> RequiredLayouts =
        ["home", "page", "explainer", "explainers", "option", "options", "term", "glossary", "source", "sources", "timeline", "brief", "notfound",
            "print.css"];

    /// <summary>
    /// The partials the pipeline lays out on its own (not only through a template's include): each document of a
    /// printed brief, and its matrix, which are laid out apart so that a rebuild redoes only the pieces that changed.
    /// </summary>
    public static readonly IReadOnlyList<string> RequiredPartials = ["brief-item", "brief-event", "brief-matrix"];

    public static ThemeTemplates Load(string themeRoot, DiagnosticBag diagnostics)
    {
        var partialsFolder = Path.Combine(themeRoot, "partials");
        var layouts = ParseAll(Path.Combine(themeRoot, "layouts"), diagnostics, "*.html", "*.css");
        foreach (var missing in RequiredLayouts.Where(name => !layouts.ContainsKey(name)
            && !File.Exists(Path.Combine(themeRoot, "layouts", FileOf(name)))))
        {
            diagnostics.Error(Codes.Template, $"the theme has no layouts/{FileOf(missing)}", Path.Combine(themeRoot, "layouts"), 0, 0,
                "every page type needs its layout; copy it from brief's own theme/ and restyle it");
        }
        var partials = ParseAll(partialsFolder, diagnostics, "*.html");
        foreach (var missing in RequiredPartials.Where(name => !partials.ContainsKey(name)
            && !File.Exists(Path.Combine(partialsFolder, name + ".html"))))
        {
            diagnostics.Error(Codes.Template, $"the theme has no partials/{missing}.html", partialsFolder, 0, 0,
                "printed briefs are laid out piece by piece with it; copy it from brief's own theme/ and restyle it");
        }
        return new ThemeTemplates(
            layouts,
            partials.ToImmutableDictionary(p => Path.Combine(partialsFolder, p.Key + ".html"), p => p.Value),
            partialsFolder,
            KeyOf(themeRoot));
    }

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    /// <summary>The file of a layout: its name and .html for a page, the name as it is for a stylesheet (print.css).</summary>
    private static string FileOf(string layout) => Path.HasExtension(layout) ? layout : layout + ".html";

    /// <summary>The name a layout is rendered by: a page's without .html, a stylesheet's with its extension.</summary>
    private static string NameOf(string file) =>
        file.EndsWith(".html", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(file) : Path.GetFileName(file);

    /// <summary>Renders a layout with the given model as its globals.</summary>
    public string Render(string layout, ScriptObject model)
    {
        using var writer = new StringWriter();
        Render(layout, model, writer);
        return writer.ToString();
    }

    /// <summary>Renders a layout with the given model as its globals straight into a writer.</summary>
    public void Render(string layout, ScriptObject model, TextWriter writer)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            throw new InvalidOperationException($"The theme has no layouts/{layout}.html.");
        }
        Render(template, model, writer);
    }

    /// <summary>
    /// Renders a partial on its own, with the given model as its globals, into a writer: a piece of a page that is
    /// laid out (and cached) apart from the rest, as each document of a printed brief is.
    /// </summary>
    public void RenderPartial(string partial, ScriptObject model, TextWriter writer)
    {
        if (!_partials.TryGetValue(Path.Combine(_partialsFolder, partial + ".html"), out var template))
        {
            throw new InvalidOperationException($"The theme has no partials/{partial}.html.");
        }
        Render(template, model, writer);
    }

    private void Render(Template template, ScriptObject model, TextWriter writer)
    {
        var context = _idle.TryTake(out var idle) ? idle : NewContext();
        context.PushGlobal(model);
        context.PushOutput(new PageOutput(writer));
        template.Render(context);
        context.PopOutput();
        context.PopGlobal();
        // Only a render that finished comes back: one that threw may have left scopes open. What a template assigns
        // goes into the model pushed above (the builtins are read only), so nothing of this page is left behind.
        _idle.Add(context);
    }

    private ThemeContext NewContext()
    {
        var context = new ThemeContext
        {
            TemplateLoader = new ThemeLoader(_partialsFolder),
            StrictVariables = true,
            // Scriban's defaults guard untrusted templates: a loop limit of 1,000 and output cut at 1 MiB, silently.
            // Our templates are the site's own and big sites make big pages, so neither may cut a page short.
            LoopLimit = int.MaxValue,
            LimitToString = 0,
            EnableRelaxedMemberAccess = false,
        };
        foreach (var (path, partial) in _partials)
        {
            context.CachedTemplates[path] = partial;
        }
        return context;
    }

    /// <summary>
    /// Lays out a page into a writer; a template that fails at run time is error BRF030 at its line, and the
    /// build will not be published.
    /// </summary>
    public void Render(string layout, ScriptObject model, TextWriter writer, DiagnosticBag diagnostics)
    {
        try
        {
            Render(layout, model, writer);
        }
        catch (Scriban.Syntax.ScriptRuntimeException exception)
        {
            diagnostics.Error(Codes.Template, $"template: {exception.OriginalMessage}", exception.Span.FileName,
                exception.Span.Start.Line + 1, exception.Span.Start.Column + 1);
        }
    }

    /// <summary>The fingerprint of every layout and partial under <paramref name="themeRoot"/> (names and text).</summary>
    public static string KeyOf(string themeRoot)
    {
        using var key = new Incremental.Fingerprint();
        foreach (var (folder, pattern) in new[] { ("layouts", "*.html"), ("layouts", "*.css"), ("partials", "*.html") })
        {
            var path = Path.Combine(themeRoot, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal))
            {
                key.Add(folder + "/" + Path.GetFileName(file)).Add(File.ReadAllText(file));
            }
        }
        return key.Finish();
    }

    private static ImmutableDictionary<string, Template> ParseAll(string folder, DiagnosticBag diagnostics, params string[] patterns)
    {
        var templates = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return templates.ToImmutable();
        }
        foreach (var file in patterns.SelectMany(pattern => Directory.EnumerateFiles(folder, pattern)).Order(StringComparer.Ordinal))
        {
            var escaping = EscapeLint.Escaping.Of(file);
            var template = Template.Parse(File.ReadAllText(file), file);
            foreach (var message in template.Messages)
            {
                diagnostics.Error(Codes.Template, $"template: {message.Message}", file, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
            }
            foreach (var (line, column, expression) in EscapeLint.UnescapedOutputs(template, escaping))
            {
                diagnostics.Error(Codes.Template, $"template prints '{expression}' without escaping it", file, line, column,
                    escaping == EscapeLint.Escaping.Html
                    ? "pipe it through html.escape, or name it with an _html suffix if it is HTML the pipeline produced"
                    : "pipe it through css.string, which quotes it as a CSS string");
            }
            if (!template.HasErrors)
            {
                templates[NameOf(file)] = template;
            }
        }
        return templates.ToImmutable();
    }
}
