using Brief.Content.Loading;
using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Pipelines;
using Brief.Markdown.Parsing;
using Brief.Site;
using Brief.Site.Incremental;
using Brief.Site.Model;
using Brief.Site.Modules;
using ModuleOf = Brief.Core.Modules.Modules;

namespace Brief.Tests.Support;

/// <summary>
/// A site's files held in memory, read by the real readers and catalogued by the real <see cref="BuildCatalog"/>, run in
/// an engine after Content, Manifests and Assets pipelines that hand it these files: for unit tests of what works on a
/// catalog, with no folder and no theme. A file the readers reject is a mistake in the test, and throws.
/// </summary>
public sealed class InMemorySite
{
    /// <summary>The input folder the build options name (nothing is read from it); diagnostics name files "input/…".</summary>
    public static readonly string InputRoot = Path.Combine(Path.GetTempPath(), "brief-in-memory", "input");

    private readonly List<Document> _content = [];
    private readonly List<Document> _manifests = [];
    private readonly List<Document> _assets = [];

    public SiteSettings Settings { get; init; } = new() { Title = "Test briefing" };

    /// <summary>Reads a Markdown file as ReadContent does; <paramref name="source"/> is relative to the input folder.</summary>
    public InMemorySite Add(string source, string text)
    {
        text = text.ReplaceLineEndings("\n");
        var file = "input/" + source;
        var bag = new DiagnosticBag();
        var item = ContentReader.Read(source, file, text, bag);
        var parsed = item is null ? null : MarkdownParser.Parse(item.Body, item.BodyLine, file, bag);
        Refuse(bag, file);
        var head = text[..^item!.Body.Length];
        _content.Add(Document.Create(source).With(SiteKeys.Item, item).With(SiteKeys.Parsed, parsed!)
            .With(SiteKeys.SourceKey, Fingerprint.Of(file, text)).With(SiteKeys.FrontMatterKey, Fingerprint.Of(file, head)));
        return this;
    }

    /// <summary>Reads a brief manifest as ReadManifests does: briefs/<paramref name="name"/>.yml.</summary>
    public InMemorySite Manifest(string name, string text)
    {
        text = text.ReplaceLineEndings("\n");
        var source = $"briefs/{name}.yml";
        var bag = new DiagnosticBag();
        var manifest = ManifestReader.Read(name, "input/" + source, text, bag);
        Refuse(bag, source);
        _manifests.Add(Document.Create(source).With(SiteKeys.Manifest, manifest!).With(SiteKeys.SourceKey, Fingerprint.Of(source, text)));
        return this;
    }

    /// <summary>A static file, by its path under the input folder ("assets/map.svg").</summary>
    public InMemorySite Asset(string source)
    {
        _assets.Add(Document.Create(source));
        return this;
    }

    /// <summary>Runs <see cref="BuildCatalog"/> over the files, in the order they were added.</summary>
    public Catalogued Catalog(bool drafts = false, bool offline = false)
    {
        var options = new BuildOptions(InputRoot, Path.Combine(InputRoot, "..", "theme"), Path.Combine(InputRoot, "..", "site"))
        {
            Drafts = drafts,
            Offline = offline,
            WorkingDirectory = Path.GetDirectoryName(InputRoot)!,
        };
        var settings = Metadata.Empty.With(SiteKeys.Options, options).With(SiteKeys.Site, Settings).With(SiteKeys.SiteKey, "site.yml");
        var engine = new Engine([
            new Pipeline(SitePipelines.Content) { Input = [Emit(_content)] },
            new Pipeline(SitePipelines.Manifests) { Input = [Emit(_manifests)] },
            new Pipeline(SitePipelines.Assets) { Input = [Emit(_assets)] },
            new Pipeline(SitePipelines.Catalog)
            {
                DependsOn = [SitePipelines.Content, SitePipelines.Manifests, SitePipelines.Assets],
                Process = [new BuildCatalog()],
            },
        ]);
        var diagnostics = new DiagnosticBag();
        var outputs = engine.ExecuteAsync(settings, diagnostics, Phase.Process).GetAwaiter().GetResult();
        return new Catalogued(outputs.Get(SitePipelines.Catalog, Phase.Process).Single().Get(SiteKeys.Catalog), diagnostics.Sorted());
    }

    private static Brief.Core.Modules.IModule Emit(List<Document> documents) => ModuleOf.Of((_, _) => [.. documents]);

    private static void Refuse(DiagnosticBag bag, string file)
    {
        if (bag.HasErrors)
        {
            throw new InvalidOperationException($"{file} does not read: {string.Join("; ", bag.Sorted().Select(d => d.Message))}");
        }
    }
}

/// <summary>A catalog and what building it reported.</summary>
public sealed record Catalogued(Catalog Catalog, IReadOnlyList<Diagnostic> Diagnostics)
{
    public Diagnostic Single(string code) =>
        Assert.Single(Diagnostics, d => d.Code == code);
}
