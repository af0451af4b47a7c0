using System.Collections.Immutable;
using Brief.Content.Criteria;
using Brief.Content.Loading;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Markdown.Parsing;
using Brief.Site.Incremental;

namespace Brief.Site.Modules;

/// <summary>
/// Reads every Markdown file of the input (outside assets/ and briefs/): its front matter checked, its body parsed.
/// A file whose path and text are unchanged since the last build in this process is taken from the build cache,
/// with the diagnostics it gave then; one whose length and modification time are unchanged is not even read.
/// </summary>
public sealed class ReadContent : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var options = context.Setting(SiteKeys.Options);
        var cache = context.Setting(SiteKeys.Cache);
        var criteria = context.Settings.GetOrDefault(SiteKeys.Criteria, BuiltInCriteria.Declaration);
        var files = InputFiles.Under(options.InputRoot)
            .Where(path => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                && !path.StartsWith("assets/", StringComparison.Ordinal) && !path.StartsWith("briefs/", StringComparison.Ordinal))
            .ToArray();
        return [.. Parallelism.MapMany(files, source => Read(source, options, cache, criteria, context), context.CancellationToken)];
    }

    private static IEnumerable<Document> Read(string source, BuildOptions options, BuildCache cache, CriteriaDeclaration criteria,
        PipelineContext context)
    {
        var path = Path.Combine(options.InputRoot, source);
        var file = DiagnosticPath.For(path, options);
        var stamp = cache.Stamps.Keeps && new FileInfo(path) is { Exists: true } info ? info : null;
        var readsThrough = CriteriaKey(source, criteria);
        var stampPath = readsThrough is null ? path : $"{path}\n{readsThrough}";
        var key = stamp is null ? null : cache.Stamps.KeyOf(stampPath, stamp.Length, stamp.LastWriteTimeUtc.Ticks);
        if (key is null || !cache.Files.TryGet(key, out var entry))
        {
            (key, entry) = ReadFile(source, path, file, cache, criteria);
            if (key is not null && stamp is not null)
            {
                cache.Stamps.Remember(stampPath, stamp.Length, stamp.LastWriteTimeUtc.Ticks, key);
            }
        }
        foreach (var diagnostic in entry.Diagnostics)
        {
            context.Diagnostics.Add(diagnostic);
        }
        if (entry.Item is null || entry.Parsed is null)
        {
            yield break;
        }
        yield return Document.Create(source).With(SiteKeys.Item, entry.Item).With(SiteKeys.Parsed, entry.Parsed)
            .With(SiteKeys.SourceKey, key!).With(SiteKeys.FrontMatterKey, entry.FrontMatterKey!);
    }

    /// <summary>
    /// An option card is read through the briefing's criteria, so a card cached under other criteria is read again:
    /// the criteria's fingerprint joins its keys (none for the built-in criteria, so their keys are as they always were).
    /// </summary>
    private static string? CriteriaKey(string source, CriteriaDeclaration criteria) =>
        source.StartsWith("options/", StringComparison.Ordinal) && criteria != BuiltInCriteria.Declaration ? criteria.Fingerprint : null;

    private static (string? Key, BuildCache.FileEntry Entry) ReadFile(string source, string path, string file, BuildCache cache,
        CriteriaDeclaration criteria)
    {
        var bag = new DiagnosticBag();
        var text = SourceText.Read(path, file, bag);
        var readsThrough = CriteriaKey(source, criteria);
        var key = text is null ? null : readsThrough is null ? Fingerprint.Of(file, text) : Fingerprint.Of(file, text, readsThrough);
        if (key is not null && cache.Files.TryGet(key, out var known))
        {
            return (key, known);
        }
        var item = text is null ? null : ContentReader.Read(source, file, text, bag, criteria);
        // A one-off build keeps what the parse found (headings, anchors, diagnostics) but not the tree, which is
        // several times the size of the text: rendering and the printed brief each parse the body again, one document
        // at a time, so a large build never holds every tree at once. brief serve keeps the trees for its next build.
        var parsed = item is null ? null : MarkdownParser.Parse(item.Body, item.BodyLine, file, bag, keepTree: cache.KeepsInMemory);
        // what a file says apart from its body: pages that list or cite it depend on this, not on its body
        var head = item is null ? null : text!.EndsWith(item.Body, StringComparison.Ordinal) ? text[..^item.Body.Length] : text;
        var entry = new BuildCache.FileEntry(item, parsed, bag.Sorted(), head is null ? null : Fingerprint.Of(file, head));
        if (key is not null)
        {
            cache.Files.Remember(key, entry);
        }
        return (key, entry);
    }
}
