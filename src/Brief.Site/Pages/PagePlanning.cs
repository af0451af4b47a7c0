using Brief.Core.Pipelines;
using Brief.Site.Model;
using Brief.Site.Theme;

namespace Brief.Site.Pages;

/// <summary>What every family of pages is planned from: the catalog, the views templates see, and the run.</summary>
/// <param name="Inputs">The fingerprint of what every page's model is built from but the bodies (see <see cref="PageInputs"/>).</param>
/// <param name="Related">The related pages of each explainer and option, worked out when a page first asks.</param>
public sealed record PagePlanning(Catalog Catalog, Views Views, string Inputs, Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Related,
    PipelineContext Context);
