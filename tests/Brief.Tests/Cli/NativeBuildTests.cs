using System.Text.RegularExpressions;
using Brief.Print;
using Brief.Tests.Support;

namespace Brief.Tests.Cli;

/// <summary>
/// The published brief is compiled ahead of time, with everything it does not reach trimmed away; the tests and
/// <c>dotnet run</c> use the JIT. These run both on the same content and require the same result, byte for byte:
/// the site, the Word files, the printed brief's text, every diagnostic format, the cache file and the schemas.
/// </summary>
public partial class NativeBuildTests(NativeBrief native) : IClassFixture<NativeBrief>
{
    [NativeFact]
    public void The_native_brief_builds_our_briefing_exactly_as_the_jit_one_does()
    {
        using var site = FixtureSite.CopyOf(Repo.Input);
        Site.SafetyTests.CopyDirectory(Repo.Theme, Path.Combine(site.Root, "theme"));
        // the brief is printed too where Chromium is (always in CI): printing is a path of its own in the program
        // and written as Word files (the Open XML SDK trimmed and compiled ahead of time), compared byte for byte
        string[] build = ["build", "--no-search", "--no-cache", "--docx", .. Environment.GetEnvironmentVariable("CI") == "true"
            || ChromiumLocator.Find() is not null ? ["--pdf"] : Array.Empty<string>()];

        var jit = BriefProcess.Start(site.Root, [.. build, "--output", "jit"]);
        var aot = BriefProcess.StartProgram(native.Program, site.Root, [.. build, "--output", "aot"]);

        Assert.Equal((0, ""), (jit.ExitCode, jit.Out));
        Assert.Equal((0, Normalized(jit.Err).Replace("into jit", "into aot", StringComparison.Ordinal)), (aot.ExitCode, Normalized(aot.Err)));
        var files = Files(Path.Combine(site.Root, "jit"));
        Assert.Equal(files, Files(Path.Combine(site.Root, "aot")));
        Assert.Contains("options/index.html", files);
        foreach (var file in files.Where(f => !f.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(site.Root, "jit", file)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(site.Root, "aot", file))),
                $"{file} differs between the JIT and the native build");
        }
        foreach (var file in files.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            Assert.Equal(Poppler.Pages(Path.Combine(site.Root, "jit", file)), Poppler.Pages(Path.Combine(site.Root, "aot", file)));
        }
    }

    [NativeFact]
    public void The_native_brief_reports_the_same_diagnostics_in_every_format()
    {
        using var site = FixtureSite.Minimal();
        Site.SafetyTests.CopyDirectory(Repo.Theme, Path.Combine(site.Root, "theme"));
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\nsources: [nobody]\nauthor: x\n---\nSee [x](gone.md) and the UN.\n");

        foreach (var format in new[] { "text", "github", "json" })
        {
            var jit = BriefProcess.Start(site.Root, "check", "--format", format);
            var aot = BriefProcess.StartProgram(native.Program, site.Root, "check", "--format", format);

            Assert.Equal(1, jit.ExitCode);
            Assert.Contains("BRF012", jit.Out + jit.Err, StringComparison.Ordinal);
            Assert.Equal((jit.ExitCode, jit.Out, Normalized(jit.Err)), (aot.ExitCode, aot.Out, Normalized(aot.Err)));
        }
    }

    [NativeFact]
    public void The_native_brief_reads_the_cache_it_saved_and_a_different_build_of_brief_does_not_trust_it()
    {
        using var site = FixtureSite.Minimal();
        Site.SafetyTests.CopyDirectory(Repo.Theme, Path.Combine(site.Root, "theme"));

        var first = BriefProcess.StartProgram(native.Program, site.Root, "build", "--no-search", "--cache", "cache");
        var second = BriefProcess.StartProgram(native.Program, site.Root, "build", "--no-search", "--cache", "cache");
        var third = BriefProcess.Start(site.Root, "build", "--no-search", "--cache", "cache");

        Assert.Equal(0, first.ExitCode);
        Assert.DoesNotContain("unchanged", first.Err, StringComparison.Ordinal);
        Assert.Matches(@"brief: built (\d+) pages \(\1 unchanged\) into site", second.Err);
        Assert.Equal(0, third.ExitCode); // the tests' Debug build: a cache is trusted only by the build that wrote it
        Assert.DoesNotContain("unchanged", third.Err, StringComparison.Ordinal);
    }

    [NativeFact]
    public void The_native_brief_writes_the_committed_schemas()
    {
        using var folder = new TempFolder();

        var run = BriefProcess.StartProgram(native.Program, folder.Path, "schemas", "--output", "schemas");

        Assert.Equal(0, run.ExitCode);
        var committed = Path.Combine(Repo.Root, "schemas");
        Assert.Equal(Files(committed), Files(folder.Combine("schemas")));
        foreach (var file in Files(committed))
        {
            Assert.Equal(File.ReadAllText(Path.Combine(committed, file)), File.ReadAllText(folder.Combine("schemas", file)));
        }
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>Timings are the only thing two runs may print differently.</summary>
    private static string Normalized(string err) => Seconds().Replace(err, " in T s");

    [GeneratedRegex(@" in \d+\.\d\d s")]
    private static partial Regex Seconds();
}
