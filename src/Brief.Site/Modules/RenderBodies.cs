using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Markdown.Parsing;
using Brief.Markdown.Rendering;
using Brief.Site.Incremental;
using Brief.Site.Links;

namespace Brief.Site.Modules;

/// <summary>
/// Renders every published document's Markdown body, with links resolved and glossary terms linked, in parallel.
/// A body whose text and catalog key (everything else rendering reads) are unchanged since the last build in this
/// process comes from the build cache, with the diagnostics it gave then. Abbreviations the glossary does not explain
/// are found on the same tree (<see cref="UndefinedAcronyms"/>), and so is the text the search index holds.
/// </summary>
public sealed class RenderBodies : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        var cache = context.Setting(SiteKeys.Cache);
        var searched = context.Setting(SiteKeys.Options).Search && context.Setting(SiteKeys.WriteOutput);
        var items = catalog.ByFile();
        return [.. Parallelism.Map(items, item =>
            {
                var options = BodyRendering.OnPage(catalog, item, new DiagnosticBag());
                var key = Fingerprint.Joined(catalog.Key, catalog.SourceKeys[item.Id], options.IdPrefix, options.SelfTermId, searched ? "search" : ""); // hashed into page inputs later
                if (!cache.TryGetBody(key, out var entry))
                {
                    var bag = options.Diagnostics;
                    var parsed = catalog.Parsed[item.Id];
                    var syntax = parsed.Tree(); // one tree for rendering, the abbreviation check and the search text
                    var rendered = MarkdownRenderer.Render(parsed, options, syntax);
                    UndefinedAcronyms.Check(item, syntax, parsed.LineOffset, catalog, bag);
                    var text = searched ? SearchText.Of(syntax, options.IdPrefix) : SearchText.Empty; // what readers can find, from the same tree
                    entry = new BuildCache.BodyEntry(rendered, bag.Sorted(), text);
                    cache.RememberBody(key, entry);
                }
                foreach (var diagnostic in entry.Diagnostics)
                {
                    context.Diagnostics.Add(diagnostic);
                }
                return Document.Create(item.Source).With(SiteKeys.Item, item).With(SiteKeys.Rendered, entry.Rendered).With(SiteKeys.BodyKey, key)
                    .With(SiteKeys.SearchText, entry.SearchText);
            }, context.CancellationToken)];
    }
}
