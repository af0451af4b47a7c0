using Brief.Tests.Support;

namespace Brief.Tests.Word;

/// <summary>`brief build --docx` as users run it.</summary>
public class WordCommandTests
{
    [Fact]
    public void Build_docx_writes_a_word_file_per_brief_and_says_so_and_a_build_without_it_writes_none()
    {
        using var site = FixtureSite.Minimal();
        Site.SafetyTests.CopyDirectory(Repo.Theme, Path.Combine(site.Root, "theme"));

        var plain = BriefProcess.Start(site.Root, "build", "--no-search", "--no-cache");
        Assert.Equal(0, plain.ExitCode);
        Assert.False(site.Exists("briefs/brief.docx"));

        var run = BriefProcess.Start(site.Root, "build", "--no-search", "--no-cache", "--docx");
        Assert.Equal(0, run.ExitCode);
        Assert.True(site.Exists("briefs/brief.docx"));
        Assert.Contains("brief: wrote briefs/brief.docx", run.Err, StringComparison.Ordinal);
    }
}
