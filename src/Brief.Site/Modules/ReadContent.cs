using System.Collections.Immutable;
using Brief.Content.Loading;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Markdown.Parsing;

namespace Brief.Site.Modules;

/// <summary>Reads every Markdown file of the input (outside assets/ and briefs/): its front matter checked, its body parsed.</summary>
public sealed class ReadContent : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var options = context.Setting(SiteKeys.Options);
        var files = InputFiles.Under(options.InputRoot)
            .Where(path => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                && !path.StartsWith("assets/", StringComparison.Ordinal) && !path.StartsWith("briefs/", StringComparison.Ordinal))
            .ToArray();
        return [.. files.AsParallel().AsOrdered().WithCancellation(context.CancellationToken).SelectMany(source => Read(source, options, context))];
    }

    private static IEnumerable<Document> Read(string source, BuildOptions options, PipelineContext context)
    {
        var path = Path.Combine(options.InputRoot, source);
        var file = DiagnosticPath.For(path, options);
        var text = SourceText.Read(path, file, context.Diagnostics);
        if (text is null || ContentReader.Read(source, file, text, context.Diagnostics) is not { } item)
        {
            yield break;
        }
        var parsed = MarkdownParser.Parse(item.Body, item.BodyLine, file, context.Diagnostics);
        yield return Document.Create(source).With(SiteKeys.Item, item).With(SiteKeys.Parsed, parsed);
    }
}
