using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Markdown.Rendering;
using Brief.Site.Links;

namespace Brief.Site.Modules;

/// <summary>Renders every published document's Markdown body, with links resolved and glossary terms linked, in parallel.</summary>
public sealed class RenderBodies : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        return [.. catalog.Items.Values.OrderBy(i => i.Source, StringComparer.Ordinal).AsParallel().AsOrdered()
            .WithCancellation(context.CancellationToken)
            .Select(item =>
            {
                var options = new RenderOptions(new SiteLinkResolver(catalog, item), catalog.Glossary, item.File, context.Diagnostics)
                {
                    SelfTermId = item is GlossaryTerm ? item.Id : null,
                    IdPrefix = item is TimelineEvent ? item.Id + "--" : "", // events share the timeline page
                };
                var rendered = MarkdownRenderer.Render(catalog.Parsed[item.Id], options);
                return Document.Create(item.Source).With(SiteKeys.Item, item).With(SiteKeys.Rendered, rendered);
            })];
    }
}
