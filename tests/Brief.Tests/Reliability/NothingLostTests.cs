using System.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Reliability;

/// <summary>A build killed part-way, while it writes the new site, leaves the previous site exactly as it was.</summary>
public class NothingLostTests
{
    [Fact]
    public void A_build_killed_while_writing_leaves_the_previous_site_intact_and_the_next_build_recovers()
    {
        using var site = FixtureSite.Minimal();
        for (var i = 0; i < 1500; i++)
        {
            site.Write($"explainers/page-{i:D4}.md",
                $"---\ntitle: Page {i}\nsummary: Page {i} of many.\n---\n## Part\n\nThe SOFA and [the raid](../options/raid.md), take {i}.\n");
        }
        site.Build().AssertClean();
        var before = OutputFolderTests.Snapshot(site.Output);
        site.Write("explainers/page-0000.md", "---\ntitle: Changed\nsummary: Changed.\n---\nChanged.\n");

        using var build = BriefProcess.Launch(site.Root, new Dictionary<string, string>(), "build", "--theme", Repo.Theme, "--no-cache");
        var killedWhileWriting = KillOnceStagingHasFiles(build, site.Output);

        Assert.True(killedWhileWriting, "the build ended before it could be killed while writing; make the fixture larger");
        Assert.Equal(before, OutputFolderTests.Snapshot(site.Output));
        Assert.NotEmpty(Directory.GetDirectories(site.Root, "site.building-*")); // what the killed build left

        site.Build().AssertClean();
        Assert.Equal("Changed", site.Page("explainers/page-0000/").QuerySelector("h1")!.TextContent);
        Assert.Empty(Directory.GetDirectories(site.Root, "site.building-*"));
    }

    private static bool KillOnceStagingHasFiles(Process build, string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var clock = Stopwatch.StartNew();
        while (!build.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var staging = Directory.GetDirectories(parent, Path.GetFileName(output) + ".building-*");
            if (staging.Length > 0 && SafeCount(staging[0]) > 20)
            {
                build.Kill(entireProcessTree: true);
                build.WaitForExit();
                return true;
            }
            Thread.Sleep(2);
        }
        return false;
    }

    private static int SafeCount(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Take(21).Count();
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
