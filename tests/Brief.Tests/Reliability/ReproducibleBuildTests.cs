using Brief.Tests.Support;

namespace Brief.Tests.Reliability;

/// <summary>The same input gives the same bytes: in another folder, time zone and culture, built at another time.</summary>
public class ReproducibleBuildTests
{
    [Fact]
    public void Two_builds_of_the_briefing_in_different_folders_time_zones_and_cultures_are_byte_identical()
    {
        using var first = FixtureSite.CopyOf(Repo.Input);
        using var second = FixtureSite.CopyOf(Repo.Input);
        var runs = new[]
        {
            BriefProcess.Start(first.Root, new Dictionary<string, string> { ["TZ"] = "UTC", ["LANG"] = "en_US.UTF-8", ["LC_ALL"] = "en_US.UTF-8" },
                "build", "--theme", Repo.Theme, "--no-cache"),
            BriefProcess.Start(second.Root,
                new Dictionary<string, string> { ["TZ"] = "Pacific/Kiritimati", ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" },
                "build", "--theme", Repo.Theme, "--no-cache"),
        };
        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Err));

        var a = OutputFolderTests.Snapshot(first.Output);
        var b = OutputFolderTests.Snapshot(second.Output);

        Assert.True(a.Count > 30, $"{a.Count} files");
        Assert.Equal(a, b);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var file in Directory.EnumerateFiles(first.Output, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain(first.Root, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetTempPath(), text, StringComparison.Ordinal);
            Assert.DoesNotContain(today, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pages_with_the_same_title_are_listed_in_the_same_order_by_every_process()
    {
        // String hashing differs between processes; lists sorted by title alone came out in hash order on ties.
        using var first = FixtureSite.Minimal();
        for (var i = 0; i < 8; i++)
        {
            first.Write($"timeline/drawdown-{i}.md", $"---\ntitle: Embassy drawdown\ndate: 2001-05-0{i + 1}\nsources: [analyst]\n---\nStaff left.\n");
            first.Write($"sources/report-{i}.md", "---\nkind: document\nname: Annual report\n---\nA report.\n");
        }
        using var second = FixtureSite.CopyOf(first.Input);
        var runs = new[] { first, second }.Select(site => BriefProcess.Start(site.Root, "build", "--theme", Repo.Theme, "--no-cache")).ToList();
        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Err));

        Assert.Equal(OutputFolderTests.Snapshot(first.Output), OutputFolderTests.Snapshot(second.Output));
        Assert.Equal(8, first.Page("sources/analyst/").QuerySelectorAll(".referenced-by li")
            .Count(li => li.TextContent.Contains("Embassy drawdown", StringComparison.Ordinal)));
    }
}
