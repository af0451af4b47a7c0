using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Markdown.Parsing;
using Brief.Markdown.Rendering;
using Brief.Site.Links;

namespace Brief.Site.Modules;

/// <summary>
/// Renders a document's Markdown body for its page, with links resolved and glossary terms linked
/// (<see cref="BodyRendering.OnPage"/>), and takes from the same syntax tree the facts later steps need without a
/// tree: the text the search index holds, the words that look like abbreviations and, when ICD 203 is
/// checked, the estimative phrases. Its diagnostics travel
/// on the document (<see cref="SiteKeys.Diagnostics"/>), so a cached body reports them again.
/// </summary>
public sealed class RenderBody : ParallelModule
{
    /// <summary>Whether bodies yield their search text: when a search index is built (brief build and serve, not a check).</summary>
    public static bool TakesSearchText(PipelineContext context) =>
        context.Setting(SiteKeys.Options).Search && context.Setting(SiteKeys.WriteOutput);

    protected override IEnumerable<Document> ExecuteDocument(Document input, PipelineContext context)
    {
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        var item = input.Get(SiteKeys.Item);
        var bag = new DiagnosticBag();
        var options = BodyRendering.OnPage(catalog, item, bag);
        var parsed = catalog.Parsed[item.Id];
        var tree = parsed.Tree(); // one tree for the HTML, the search text and the abbreviations
        var rendered = MarkdownRenderer.Render(parsed, options, tree);
        var text = TakesSearchText(context) ? SearchText.Of(tree, options.IdPrefix) : SearchText.Empty;
        return [input.With(SiteKeys.Rendered, rendered).With(SiteKeys.SearchText, new Lazy<SearchText>(text))
            .With(SiteKeys.Abbreviations, UndefinedAcronyms.Uses(tree, parsed.LineOffset, catalog.Glossary))
            .With(SiteKeys.Estimative, EstimativeLanguage.Facts(item, catalog.Site, tree, parsed.LineOffset))
            .With(SiteKeys.Diagnostics, bag.Sorted())];
    }
}
