using System.Collections.Concurrent;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Pipelines;
using Brief.Site;
using Brief.Site.Incremental;
using ModuleOf = Brief.Core.Modules.Modules;

namespace Brief.Tests.Site.Incremental;

/// <summary>The cache wrapped around a module: only inputs with a new key reach the module; outputs and what they report are kept.</summary>
public class CacheDocumentsTests
{
    private static readonly Key<string> Key = new("key");
    private static readonly Key<string> Made = new("made");

    private static async Task<(IReadOnlyList<Document> Outputs, IReadOnlyList<Diagnostic> Diagnostics)> Run(
        BuildCache cache, ConcurrentQueue<string> seen, params (string Source, string Key)[] inputs)
    {
        var render = ModuleOf.Of((documents, _) => [.. documents.Select(d =>
        {
            seen.Enqueue(d.Source!);
            IReadOnlyList<Diagnostic> found = [new Diagnostic(Severity.Warning, "BRF051", $"seen {d.Source}", d.Source!, 1, 1)];
            return d.With(Made, $"{d.Source} made at {seen.Count}").With(SiteKeys.Diagnostics, found);
        })]);
        var engine = new Engine([new Pipeline("Render")
        {
            Input = [ModuleOf.Of((_, _) => [.. inputs.Select(i => Document.Create(i.Source).With(Key, i.Key))])],
            Process = [new CacheDocuments(Key, c => c.Bodies, render), new Brief.Site.Modules.ReportDiagnostics()],
        }]);
        var diagnostics = new DiagnosticBag();
        var outputs = await engine.ExecuteAsync(Metadata.Empty.With(SiteKeys.Cache, cache), diagnostics, Phase.Process);
        cache.EndBuild(published: true);
        return (outputs.Get("Render", Phase.Process), diagnostics.Sorted());
    }

    [Fact]
    public async Task A_kept_cache_gives_the_module_only_the_inputs_whose_key_changed_and_keeps_order_and_diagnostics()
    {
        var cache = BuildCache.Empty();
        var seen = new ConcurrentQueue<string>();
        var first = await Run(cache, seen, ("a.md", "a1"), ("b.md", "b1"), ("c.md", "c1"));
        seen.Clear();

        var second = await Run(cache, seen, ("a.md", "a1"), ("b.md", "b2"), ("c.md", "c1"));

        Assert.Equal(["b.md"], seen);
        Assert.Equal(["a.md", "b.md", "c.md"], second.Outputs.Select(d => d.Source));
        Assert.Equal(first.Outputs[0].Get(Made), second.Outputs[0].Get(Made));
        Assert.NotEqual(first.Outputs[1].Get(Made), second.Outputs[1].Get(Made));
        Assert.Equal(["seen a.md", "seen b.md", "seen c.md"], second.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public async Task A_cache_for_one_build_gives_the_module_every_input_every_time()
    {
        var cache = BuildCache.ForOneBuild();
        var seen = new ConcurrentQueue<string>();
        await Run(cache, seen, ("a.md", "a1"), ("b.md", "b1"));
        seen.Clear();

        await Run(cache, seen, ("a.md", "a1"), ("b.md", "b1"));

        Assert.Equal(["a.md", "b.md"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_inputs_with_one_key_are_refused()
    {
        var error = await Assert.ThrowsAsync<PipelineException>(() => Run(BuildCache.Empty(), new ConcurrentQueue<string>(), ("a.md", "k"),
            ("b.md", "k")));

        Assert.Contains("have the same key", error.InnerException?.Message);
    }
}
