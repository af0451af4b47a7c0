using Brief.Content.Model;
using Brief.Markdown.Parsing;
using Brief.Markdown.Rendering;
using Brief.Site.Model;
using Brief.Site.Pages.Brief;
using Scriban.Runtime;

namespace Brief.Site.Markings;

/// <summary>
/// The banner each page carries: the banner of the highest mark on it. A page's is read from its model, so it counts
/// what the page really shows: every text that starts with a mark (titles, summaries and short definitions of what it
/// lists), and the body it shows with the glossary definitions of its tooltips. A printed brief's is the highest mark in
/// everything it holds. Without site.yml markings, every page carries site.yml's marking.
/// </summary>
public sealed class Banners(Catalog catalog, IReadOnlyDictionary<string, RenderResult> rendered)
{
    private readonly MarkingRegister? _register = catalog.Site.Markings is { Levels.IsEmpty: false } register ? register : null;

    /// <summary>The banner of a page with this model (its <c>page</c>).</summary>
    public string? Of(ScriptObject page) =>
        _register is null ? catalog.Site.Marking : _register.BannerOf(Walk(page, new HashSet<object>(ReferenceEqualityComparer.Instance)));

    /// <summary>The banner of a printed brief: the highest mark of what it holds.</summary>
    public string? OfBrief(BriefContents contents)
    {
        if (_register is null)
        {
            return catalog.Site.Marking;
        }
        var level = -1;
        void Listed(IEnumerable<string> ids)
        {
            foreach (var id in ids)
            {
                level = Math.Max(level, Marks(id).Listed);
            }
        }
        foreach (var item in contents.Included.Where(i => i is not HomePage))
        {
            level = Math.Max(level, Math.Max(Marks(item.Id).Listed, Body(item.Id)));
            Listed(item.Sources.Select(s => s.Value));
            if (item is OptionCard option)
            {
                Listed(option.Authorities.Select(a => a.Value).Concat(option.Precedents.Select(p => p.Value)));
            }
        }
        if (contents.Home is { } home && contents.Has("bluf"))
        {
            level = Math.Max(level, Marks(home.Id).FirstSection);
        }
        if (contents.Has("matrix"))
        {
            Listed(contents.MatrixOptions.SelectMany(o => o.Authorities.Select(a => a.Value).Prepend(o.Id)));
        }
        Listed(contents.Has("glossary") ? contents.Plan.Terms : []);
        Listed(contents.Has("sources") ? contents.Plan.Sources : []);
        level = contents.Has("glossary") ? contents.Plan.Terms.Select(Definition).Append(level).Max() : level;
        return _register.BannerOf(level);
    }

    private int Walk(object? value, HashSet<object> seen)
    {
        switch (value)
        {
            case string text:
                return LevelOf(text);
            case ScriptObject model when seen.Add(model):
                // a document's own model: its body, shown on the page, with the definitions its tooltips show
                var level = model.TryGetValue("id", out var id) && id is string key && model.ContainsKey("body_html") ? Body(key) : -1;
                foreach (var (_, entry) in model)
                {
                    level = Math.Max(level, Walk(entry, seen));
                }
                return level;
            case ScriptArray array when seen.Add(array):
                return array.Select(entry => Walk(entry, seen)).Append(-1).Max();
            default:
                return -1;
        }
    }

    private DocumentMarks Marks(string id) => catalog.Marks.GetValueOrDefault(id) ?? DocumentMarks.None;

    /// <summary>The highest mark of a body as a page shows it: its portions, and the definitions of the terms it links.</summary>
    private int Body(string id) =>
        (rendered.GetValueOrDefault(id)?.TermIds ?? []).Select(Definition).Append(Marks(id).Body).Max();

    /// <summary>The mark of a glossary term's short definition, which tooltips and glossaries show.</summary>
    private int Definition(string termId) =>
        catalog.Glossary.Terms.GetValueOrDefault(termId) is { } term ? LevelOf(term.ShortDefinition) : -1;

    private int LevelOf(string text) => _register!.LevelOf(Portion.MarkOf(text));
}
