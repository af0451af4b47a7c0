using System.Collections.Immutable;
using Brief.Content.Loading;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Modules;

/// <summary>Reads the brief manifests, briefs/*.yml.</summary>
public sealed class ReadManifests : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var options = context.Setting(SiteKeys.Options);
        var documents = ImmutableArray.CreateBuilder<Document>();
        foreach (var source in InputFiles.Under(options.InputRoot, "briefs")
            .Where(p => p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)))
        {
            var path = Path.Combine(options.InputRoot, source);
            var file = DiagnosticPath.For(path, options);
            var text = SourceText.Read(path, file, context.Diagnostics);
            if (text is not null && ManifestReader.Read(Path.GetFileNameWithoutExtension(source), file, text, context.Diagnostics) is { } manifest)
            {
                documents.Add(Document.Create(source).With(SiteKeys.Manifest, manifest).With(SiteKeys.SourceKey,
                    Incremental.Fingerprint.Of(source, text)));
            }
        }
        return documents.ToImmutable();
    }
}
