using Brief.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Brief.Tests.Repository;

/// <summary>
/// The publishing workflow (.github/workflows/site.yml) publishes a site as complete as a local build: it builds with
/// search and the Pages address (so sitemap, feed and canonical links are there), and runs the tests first.
/// </summary>
public class PublishingWorkflowTests
{
    private static List<YamlMappingNode> BuildSteps()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Repo.Root, ".github", "workflows", "site.yml")))
        {
            yaml.Load(reader);
        }
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        var steps = (YamlSequenceNode)((YamlMappingNode)jobs["build"])["steps"];
        return [.. steps.Children.Cast<YamlMappingNode>()];
    }

    private static string? Field(YamlMappingNode step, string name) =>
        step.Children.TryGetValue(new YamlScalarNode(name), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static int IndexOf(List<YamlMappingNode> steps, Func<YamlMappingNode, bool> match, string what)
    {
        var index = steps.FindIndex(s => match(s));
        Assert.True(index >= 0, $"the build job has no step that {what}");
        return index;
    }

    [Fact]
    public void The_build_step_builds_with_search_and_the_pages_address_from_configure_pages()
    {
        var steps = BuildSteps();
        var pages = IndexOf(steps, s => Field(s, "uses")?.StartsWith("actions/configure-pages@", StringComparison.Ordinal) == true,
            "configures Pages");
        Assert.Equal("pages", Field(steps[pages], "id"));
        var build = IndexOf(steps, s => Field(s, "run")?.Contains("-- build", StringComparison.Ordinal) == true, "runs brief build");
        var command = Field(steps[build], "run")!;

        Assert.True(pages < build, "Pages is configured after the build that needs its address");
        Assert.Contains("--url \"${{ steps.pages.outputs.base_url }}\"", command, StringComparison.Ordinal);
        Assert.DoesNotContain("--no-search", command, StringComparison.Ordinal);
        Assert.DoesNotContain("--offline", command, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tests_run_with_what_they_need_before_the_site_is_built_and_uploaded()
    {
        var steps = BuildSteps();
        var install = IndexOf(steps, s => Field(s, "run")?.Contains("apt-get install", StringComparison.Ordinal) == true,
            "installs packages");
        var npm = IndexOf(steps, s => Field(s, "run")?.Contains("npm ci", StringComparison.Ordinal) == true, "runs npm ci");
        var test = IndexOf(steps, s => Field(s, "run")?.Trim() == "dotnet test", "runs the README's test command");
        var upload = IndexOf(steps, s => Field(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true,
            "uploads the site");

        Assert.True(install < test && npm < test, "the tests run before what they need is installed");
        Assert.True(test < upload, "the site is uploaded before the tests run");
        foreach (var package in new[] { "poppler-utils", "clang", "zlib1g-dev", "nginx" })
        {
            Assert.Contains(package, Field(steps[install], "run"), StringComparison.Ordinal);
        }
        Assert.Contains("BRIEF_CHROMIUM", Field(steps[install], "run"), StringComparison.Ordinal);
    }
}
