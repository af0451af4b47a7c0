using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Brief.Core.Diagnostics;
using Brief.Site;

namespace Brief.Tests.Support;

/// <summary>
/// A briefing site built in a temporary folder: start from a minimal valid site (or a copy of a real one),
/// add or replace files, then build or check it with the real theme and assert on diagnostics and HTML.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    private readonly TempFolder _folder = new();

    public string Root => _folder.Path;
    public string Input => _folder.Combine("input");
    public string Output => _folder.Combine("site");

    public static FixtureSite Minimal()
    {
        var site = new FixtureSite();
        site.Write("site.yml", "title: Test briefing\nas_of: 2025-02-04\nmarking: UNCLASSIFIED // TEST\n");
        site.Write("index.md", "---\ntitle: Home\n---\n## Bottom line up front\n\nThe bottom line.\n\n## More\n\nMore text, on the SOFA.\n");
        site.Write("glossary/sofa.md", "---\nterm: SOFA\nexpansion: Status of Forces Agreement\naliases: [Status of Forces Agreement]\n---\nAn " +
            "agreement on the legal status of foreign forces.\n\nMore detail.\n");
        site.Write("glossary/title-50.md", "---\nterm: Title 50\n---\nThe part of U.S. law on intelligence.\n");
        site.Write("sources/analyst.md", "---\nkind: person\nname: An Analyst\nrole: Analyst, Somewhere\n---\nSaid things.\n");
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\nsources: [analyst]\n---\n## Background\n\nA SOFA matters. " +
            "See [the option](../options/raid.md#what-it-is).\n");
        site.Write("options/raid.md", """
            ---
            title: Raid
            summary: A raid.
            authorities: [title-50]
            congress: notify
            host_nation_consent: not-required
            risk:
              forces: high
              escalation: medium
              diplomatic: high
            intelligence_yield: high
            duration: one-off
            precedents: [Operation Neptune Spear]
            ---
            ## What it is

            A raid under Title 50.

            ## Legal basis

            Title 50.

            ## Requirements

            A team.

            ## Risks

            High.

            ## Precedents

            One.

            ## Indicators to watch

            None yet.
            """);
        return site;
    }

    public static FixtureSite CopyOf(string inputFolder)
    {
        var site = new FixtureSite();
        foreach (var file in Directory.EnumerateFiles(inputFolder, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(site.Input, System.IO.Path.GetRelativePath(inputFolder, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return site;
    }

    public FixtureSite Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Input, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    public FixtureSite WriteBytes(string relativePath, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Input, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public FixtureSite Delete(string relativePath)
    {
        File.Delete(System.IO.Path.Combine(Input, relativePath));
        return this;
    }

    public BuildOptions Options(string? baseUrl = null, bool drafts = false, string? theme = null) =>
        new(Input, theme ?? Repo.Theme, Output) { BaseUrl = baseUrl, Drafts = drafts, WorkingDirectory = Root };

    public BuildResult Build(string? baseUrl = null, bool drafts = false, bool strict = false, string? theme = null) =>
        SiteBuilder.BuildAsync(Options(baseUrl, drafts, theme), strict).GetAwaiter().GetResult();

    public BuildResult Check(bool strict = false) => SiteBuilder.CheckAsync(Options(), strict).GetAwaiter().GetResult();

    public bool Exists(string sitePath) => File.Exists(System.IO.Path.Combine(Output, sitePath));

    public IHtmlDocument Page(string sitePath)
    {
        var file = System.IO.Path.Combine(Output, sitePath.TrimStart('/'));
        if (sitePath.EndsWith('/') || sitePath.Length == 0)
        {
            file = System.IO.Path.Combine(file, "index.html");
        }
        return new HtmlParser().ParseDocument(File.ReadAllText(file));
    }

    public void Dispose() => _folder.Dispose();
}

public static class DiagnosticAssertions
{
    /// <summary>The one diagnostic with this code; fails listing all diagnostics otherwise.</summary>
    public static Diagnostic Single(this BuildResult result, string code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got:\n{string.Join("\n", result.Diagnostics)}");
        return matches[0];
    }

    public static void AssertClean(this BuildResult result) =>
        Assert.True(result.Diagnostics.Count == 0, "expected no diagnostics, got:\n" + string.Join("\n", result.Diagnostics));
}
