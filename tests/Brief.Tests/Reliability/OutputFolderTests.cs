using Brief.Core.Diagnostics;
using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Reliability;

/// <summary>A build replaces its whole output folder, so brief refuses any folder that is not its own.</summary>
public class OutputFolderTests
{
    public static TheoryData<string, string> Refused() => new()
    {
        { ".", "holds the folder brief runs in" },
        { "input", "is the input folder" },
        { "input/site", "overlaps the input folder" },
        { "theme-copy", "overlaps the theme folder" },
        { "documents", "holds files brief did not write (it has no .brief-output file)" },
        { "/", "is the file system root or your home folder" },
        { "~", "is the file system root or your home folder" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_folder_that_is_not_briefs_own_is_refused_and_nothing_in_it_is_touched(string output, string reason)
    {
        using var site = FixtureSite.Minimal();
        File.WriteAllText(Path.Combine(site.Root, "notes.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(site.Root, "documents"));
        File.WriteAllText(Path.Combine(site.Root, "documents", "letter.txt"), "mine too");
        Directory.CreateDirectory(Path.Combine(site.Root, "theme-copy"));
        var options = site.Options() with
        {
            OutputRoot = output == "~" ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) : Path.GetFullPath(Path.Combine(site.Root,
                output)),
            ThemeRoot = output == "theme-copy" ? Path.Combine(site.Root, "theme-copy") : Repo.Theme,
        };
        var before = Snapshot(site.Root);

        var result = await SiteBuilder.BuildAsync(options);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Codes.UnsafeOutput, Severity.Error, 0), (error.Code, error.Severity, error.Line));
        Assert.Contains($"it {reason}, and a build replaces the whole folder", error.Message);
        Assert.False(result.Written);
        Assert.Equal(before, Snapshot(site.Root));
    }

    [Fact]
    public void The_command_line_refuses_output_dot_with_the_error_and_exit_code_1()
    {
        using var site = FixtureSite.Minimal();
        var before = Snapshot(site.Root);

        var run = BriefProcess.Start(site.Root, "build", "--theme", Repo.Theme, "--output", ".");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(".: error BRF027: brief will not write its output to '.': it holds the folder brief runs in", run.Err);
        Assert.Equal(before, Snapshot(site.Root));
    }

    [Fact]
    public void A_missing_or_empty_folder_is_taken_and_marked_and_a_marked_one_is_replaced()
    {
        using var site = FixtureSite.Minimal();
        Directory.CreateDirectory(site.Output);

        site.Build().AssertClean();
        Assert.True(site.Exists(OutputFolder.MarkerName));
        File.WriteAllText(Path.Combine(site.Output, "stale.html"), "from an old build");

        site.Build().AssertClean();
        Assert.False(site.Exists("stale.html"));
        Assert.True(site.Exists(OutputFolder.MarkerName));
    }

    [Fact]
    public void What_a_killed_build_left_beside_the_output_is_tidied_by_the_next_build()
    {
        using var site = FixtureSite.Minimal();
        site.Build().AssertClean();
        var staging = $"{site.Output}.building-{Guid.NewGuid():N}";
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "half.html"), "half-written");
        var movedAside = $"{site.Output}.previous-{Guid.NewGuid():N}";
        Directory.Move(site.Output, movedAside); // killed between the two moves of the fallback swap

        var check = site.Check();
        Assert.False(Directory.Exists(site.Output)); // a check writes nothing and tidies nothing
        site.Build().AssertClean();

        Assert.True(check.Errors == 0);
        Assert.True(site.Exists("index.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, "site.building-*").Concat(Directory.GetDirectories(site.Root, "site.previous-*")));
    }

    internal static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f =>
                Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
