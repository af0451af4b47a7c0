using System.Collections.Frozen;
using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Markdown.Glossary;
using Brief.Markdown.Parsing;
using Brief.Site.Model;

namespace Brief.Site.Modules;

/// <summary>
/// Gathers what the Content, Manifests and Assets pipelines read into one <see cref="Catalog"/>, and checks what
/// only the whole site can tell: unique ids, that every source, authority, precedent and manifest entry names
/// something that exists, and that no two glossary terms claim the same words.
/// </summary>
public sealed class BuildCatalog : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var options = context.Setting(SiteKeys.Options);
        var site = context.Setting(SiteKeys.Site);
        var diagnostics = context.Diagnostics;
        var all = context.OutputsOf(SitePipelines.Content).ToList();
        var published = all.Where(d => options.Drafts || !d.Get(SiteKeys.Item).Draft).ToList();
        var items = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        var parsed = new Dictionary<string, ParsedMarkdown>(StringComparer.Ordinal);
        var sourceKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        var frontMatterKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in published)
        {
            var item = document.Get(SiteKeys.Item);
            if (items.TryGetValue(item.Id, out var first))
            {
                var (line, column) = item.Fields.Has("id") ? item.Fields.PositionOf("id") : (1, 1);
                diagnostics.Error(Codes.DuplicateId, $"id '{item.Id}' is already used by {first.File}", item.File, line, column,
                    "ids are unique across the whole site: rename one file, or give it an 'id' in its front matter");
                continue;
            }
            items[item.Id] = item;
            parsed[item.Id] = document.Get(SiteKeys.Parsed);
            sourceKeys[item.Id] = document.Get(SiteKeys.SourceKey);
            frontMatterKeys[item.Id] = document.Get(SiteKeys.FrontMatterKey);
        }
        if (!items.Values.Any(i => i.Kind == ContentKind.Home))
        {
            diagnostics.Warning(Codes.MissingHome, "there is no index.md: the home page has no bottom line up front",
                DiagnosticPath.For(Path.Combine(options.InputRoot, "index.md"), options), 0, 0,
                    "create input/index.md whose first section is the BLUF");
        }

        var urls = new Urls(site.BaseUrl, site.Url, options.Offline);
        var catalog = new Catalog
        {
            Site = site,
            Urls = urls,
            Items = items.ToFrozenDictionary(StringComparer.Ordinal),
            BySource = items.Values.ToFrozenDictionary(i => i.Source, StringComparer.Ordinal),
            Parsed = parsed.ToFrozenDictionary(StringComparer.Ordinal),
            Assets = context.OutputsOf(SitePipelines.Assets).Select(d => d.Source!).ToFrozenSet(StringComparer.Ordinal),
            Manifests = [.. context.OutputsOf(SitePipelines.Manifests).Select(d => d.Get(SiteKeys.Manifest)).OrderBy(m => m.Name,
                StringComparer.Ordinal)],
            Criteria = context.Settings.GetOrDefault(SiteKeys.Criteria, Content.Criteria.BuiltInCriteria.Declaration),
            Glossary = BuildGlossary(items.Values.OfType<GlossaryTerm>(), parsed, urls, diagnostics),
            HasMemos = items.Values.OfType<DecisionMemo>().Any(),
            DraftSources = all.Where(d => !options.Drafts && d.Get(SiteKeys.Item).Draft).Select(d => d.Source!).ToFrozenSet(StringComparer.Ordinal),
        };
        CheckReferences(catalog, diagnostics);
        Memos.MemoChecks.Run(catalog, diagnostics);
        catalog = catalog with
        {
            Marks = site.Markings is { } register ? Markings.MarkingCheck.Run(catalog, register, diagnostics) : catalog.Marks,
            SourceKeys = sourceKeys.ToFrozenDictionary(StringComparer.Ordinal),
            FrontMatterKeys = frontMatterKeys.ToFrozenDictionary(StringComparer.Ordinal),
            Key = CatalogKey(catalog, sourceKeys, context),
        };
        return [Document.Create(null).With(SiteKeys.Catalog, catalog)];
    }

    private static string CatalogKey(Catalog catalog, IReadOnlyDictionary<string, string> sourceKeys, PipelineContext context)
    {
        var options = context.Setting(SiteKeys.Options);
        using var key = new Incremental.Fingerprint();
        key.Add(context.Setting(SiteKeys.SiteKey)).Add(catalog.Urls.BaseUrl).Add(options.Drafts ? "drafts" : "");
        foreach (var item in catalog.ByFile())
        {
            key.Add(item.Source).Add(item.Id).Add(item.Kind.ToString()).Add(item.Title).Add(catalog.Urls.Of(item));
            foreach (var anchor in catalog.Parsed[item.Id].AnchorsInOrder)
            {
                key.Add(anchor);
            }
            key.Add(item is GlossaryTerm ? sourceKeys[item.Id] : "");
        }
        foreach (var draft in catalog.DraftSources.Order(StringComparer.Ordinal))
        {
            key.Add("draft").Add(draft);
        }
        foreach (var asset in catalog.Assets.Order(StringComparer.Ordinal))
        {
            key.Add("asset").Add(asset);
        }
        foreach (var manifest in context.OutputsOf(SitePipelines.Manifests).OrderBy(d => d.Source, StringComparer.Ordinal))
        {
            key.Add(manifest.Source).Add(manifest.Get(SiteKeys.SourceKey));
        }
        return key.Finish();
    }

    private static GlossaryIndex BuildGlossary(
        IEnumerable<GlossaryTerm> terms, IReadOnlyDictionary<string, ParsedMarkdown> parsed, Urls urls, DiagnosticBag diagnostics)
    {
        var claimed = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        var forms = new List<TermForm>();
        var infos = new Dictionary<string, TermInfo>(StringComparer.Ordinal);
        foreach (var term in terms.OrderBy(t => t.Source, StringComparer.Ordinal))
        {
            infos[term.Id] = new TermInfo(term.Id, urls.Of(term), term.Term, term.Expansion, PlainText.FirstParagraph(parsed[term.Id].Tree()));
            if (!term.Autolink)
            {
                continue;
            }
            foreach (var form in TermForm.For(term.Id, term.Term, term.Aliases))
            {
                var explicitForm = form.Text == term.Term || term.Aliases.Contains(form.Text);
                if (claimed.TryGetValue(form.Text, out var owner) && owner.Id != term.Id)
                {
                    if (explicitForm)
                    {
                        var (line, column) = term.Fields.PositionOf(form.Text == term.Term ? "term" : "aliases");
                        diagnostics.Error(Codes.TermConflict, $"'{form.Text}' is already a form of the term '{owner.Term}' ({owner.File})",
                            term.File, line, column, "a surface form may belong to one term only: remove it from one of them");
                    }
                    continue;
                }
                claimed[form.Text] = term;
                forms.Add(form);
            }
        }
        return new GlossaryIndex(new TermMatcher(forms), infos);
    }

    private static void CheckReferences(Catalog catalog, DiagnosticBag diagnostics)
    {
        var sourceIds = catalog.All<SourceEntry>().Select(s => s.Id).ToList();
        var authorityIds = catalog.Items.Values.Where(i => i.Kind is ContentKind.Term or ContentKind.Explainer).Select(i => i.Id).ToList();
        var eventIds = catalog.All<TimelineEvent>().Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var item in catalog.Items.Values)
        {
            foreach (var source in item.Sources.Where(s => catalog.Find(s.Value) is not SourceEntry))
            {
                diagnostics.Error(Codes.UnknownSource, $"unknown source '{source.Value}'", item.File, source.Line, source.Column,
                    Nearest.Hint(source.Value, sourceIds) ?? "sources are the ids of files in sources/");
            }
            if (item is not OptionCard option)
            {
                continue;
            }
            foreach (var authority in option.Authorities.Where(a => catalog.Find(a.Value) is not (GlossaryTerm or Explainer)))
            {
                diagnostics.Error(Codes.UnknownAuthority, $"unknown authority '{authority.Value}'", item.File, authority.Line, authority.Column,
                    Nearest.Hint(authority.Value, authorityIds) ?? "authorities are the ids of glossary terms or explainers");
            }
            foreach (var precedent in option.Precedents.Where(p => !eventIds.Contains(p.Value) && Slug.IsValid(p.Value) && p.Value.Contains('-')))
            {
                diagnostics.Warning(Codes.UnknownPrecedent,
                    $"precedent '{precedent.Value}' looks like an id but no timeline event has it; it is shown as text",
                    item.File, precedent.Line, precedent.Column, Nearest.Hint(precedent.Value, eventIds));
            }
        }
        foreach (var manifest in catalog.Manifests)
        {
            foreach (var section in manifest.Sections.Where(s => s.Value.Id is not null))
            {
                var expected = section.Value.Kind == "option" ? ContentKind.Option : ContentKind.Explainer;
                if (catalog.Find(section.Value.Id!) is not { } found || found.Kind != expected)
                {
                    diagnostics.Error(Codes.BadManifest, $"unknown {section.Value.Kind} '{section.Value.Id}'", manifest.File, section.Line,
                        section.Column,
                        Nearest.Hint(section.Value.Id!, catalog.Items.Values.Where(i => i.Kind == expected).Select(i => i.Id)));
                }
            }
        }
    }
}
