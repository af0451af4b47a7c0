using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Word;

/// <summary>
/// Builds the real briefing twice and a second fixture briefing (under a base URL) once, all with --docx, for the
/// Word file tests to read.
/// </summary>
public sealed class WordFilesFixture : IDisposable
{
    public FixtureSite Briefing { get; } = FixtureSite.CopyOf(Repo.Input);
    public FixtureSite Again { get; } = FixtureSite.CopyOf(Repo.Input);
    public FixtureSite Cables { get; } = FixtureSite.CopyOf(Path.Combine(Repo.Fixtures, "second-briefing"));
    public BuildResult BriefingResult { get; }
    public BuildResult AgainResult { get; }
    public BuildResult CablesResult { get; }

    public WordFilesFixture()
    {
        BriefingResult = SiteBuilder.BuildAsync(Briefing.Options() with { Docx = true }).GetAwaiter().GetResult();
        AgainResult = SiteBuilder.BuildAsync(Again.Options() with { Docx = true }).GetAwaiter().GetResult();
        CablesResult = SiteBuilder.BuildAsync(Cables.Options(baseUrl: "/cables/") with { Docx = true }).GetAwaiter().GetResult();
    }

    /// <summary>Every Word file built, briefs and memos: (site, the page it was made from as FOLDER/NAME, path).</summary>
    public IEnumerable<(FixtureSite Site, string Name, string Path)> Files =>
        from site in new[] { Briefing, Cables }
        from folder in new[] { "briefs", "memos" }
        where Directory.Exists(Path.Combine(site.Output, folder))
        from file in Directory.GetFiles(Path.Combine(site.Output, folder), "*.docx").Order(StringComparer.Ordinal)
        select (site, $"{folder}/{Path.GetFileNameWithoutExtension(file)}", file);

    public string Docx(FixtureSite site, string name) => Path.Combine(site.Output, "briefs", name + ".docx");

    public string MemoDocx(FixtureSite site, string id) => Path.Combine(site.Output, "memos", id + ".docx");

    public void Dispose()
    {
        Briefing.Dispose();
        Again.Dispose();
        Cables.Dispose();
    }
}

/// <summary>The Word file tests share one set of builds.</summary>
[CollectionDefinition(Name)]
public sealed class WordFilesCollection : ICollectionFixture<WordFilesFixture>
{
    public const string Name = "Word files";
}
