using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Site.Links;
using Brief.Site.Model;
using Brief.Site.Theme;

namespace Brief.Site.Pages.Brief;

/// <summary>
/// What one printed brief holds, from its manifest: the explainers, options and events it includes (a whole kind or
/// named documents), the options its matrix compares, the home page for its bottom line, and its appendices (the
/// glossary terms and sources its documents use, and the in-page anchor of every document it holds, which decides
/// where its links point).
/// </summary>
public sealed record BriefContents(
    BriefManifest Manifest,
    ImmutableArray<Explainer> Explainers,
    ImmutableArray<OptionCard> Options,
    ImmutableArray<OptionCard> MatrixOptions,
    ImmutableArray<TimelineEvent> Events,
    HomePage? Home,
    BriefContents.Appendices Plan)
{
    /// <summary>The glossary terms and sources a brief lists (ids, in order), and the in-page anchor prefix of every document it holds.</summary>
    public sealed record Appendices(ImmutableArray<string> Terms, ImmutableArray<string> Sources, IReadOnlyDictionary<string, string> InPage);

    public IEnumerable<SectionRef> Sections => Manifest.Sections.Select(s => s.Value);

    public bool Has(string kind) => Sections.Any(s => s.Kind == kind);

    /// <summary>
    /// Reads the manifest against the catalog. The appendices follow from what the bodies use, which follows from
    /// the pages' inputs (everything but the bodies, <paramref name="inputs"/>): brief serve works them out again
    /// only when those change.
    /// </summary>
    public static BriefContents Of(BriefManifest manifest, Views views, string inputs, Incremental.BuildCache cache)
    {
        var catalog = views.Catalog;
        var sections = manifest.Sections.Select(s => s.Value).ToList();
        var explainers = sections.Any(s => s.Kind == "explainers")
            ? catalog.Ordered<Explainer>()
            : [.. sections.Where(s => s.Kind == "explainer").Select(s => catalog.Find(s.Id!)).OfType<Explainer>()];
        var options = sections.Any(s => s.Kind == "options")
            ? catalog.Ordered<OptionCard>()
            : [.. sections.Where(s => s.Kind == "option").Select(s => catalog.Find(s.Id!)).OfType<OptionCard>()];
        var events = sections.Any(s => s.Kind == "timeline") ? catalog.Chronology() : [];
        var contents = new BriefContents(manifest, explainers, options, options.IsEmpty ? catalog.Ordered<OptionCard>() : options, events,
            catalog.All<HomePage>().FirstOrDefault(), new Appendices([], [], new Dictionary<string, string>()));
        return contents with
        {
            Plan = cache.BriefAppendices.GetOrMake(Incremental.Fingerprint.Joined(inputs, manifest.Name), () => contents.PlanAppendices(views)),
        };
    }

    /// <summary>Every document whose body the brief shows.</summary>
    public IEnumerable<ContentItem> Included =>
        [.. Explainers, .. Options, .. Events, .. (Home is null ? [] : new ContentItem[] { Home })];

    private Appendices PlanAppendices(Views views)
    {
        var catalog = views.Catalog;
        var terms = Orderings.AToZ(Included.SelectMany(i => views.Rendered(i.Id)?.TermIds ?? [])
            .Concat(Options.SelectMany(o => o.Authorities.Select(a => a.Value)))
            .Concat(Has("matrix") ? MatrixOptions.SelectMany(o => o.Authorities.Select(a => a.Value)) : [])
            .Distinct().Select(catalog.Find).OfType<GlossaryTerm>()).ToList();
        var sources = Orderings.ByName(Included.SelectMany(i => views.SourceIds(i).Concat(views.Rendered(i.Id)?.LinkedIds ?? []))
            .Distinct().Select(catalog.Find).OfType<SourceEntry>()).ToList();
        var inPage = Included.Where(i => i is not HomePage)
            .Concat(Has("glossary") ? terms : []).Concat(Has("sources") ? sources : [])
            .ToDictionary(i => i.Id, i => BodyRendering.BriefAnchor(i.Id) + "--", StringComparer.Ordinal);
        return new Appendices([.. terms.Select(t => t.Id)], [.. sources.Select(s => s.Id)], inPage);
    }
}
