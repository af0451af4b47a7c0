using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Modules;

/// <summary>Lists files to publish as they are: the input's assets/ (to /assets/) or the theme's assets/ (to /theme/).</summary>
public sealed class ReadStaticFiles(bool fromTheme) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var options = context.Setting(SiteKeys.Options);
        var root = fromTheme ? options.ThemeRoot : options.InputRoot;
        return [.. InputFiles.Under(root, "assets").Select(source => Document
            .Create(source, fromTheme ? "theme/" + source["assets/".Length..] : source)
            .With(SiteKeys.CopyFrom, Path.Combine(root, source)))];
    }
}
