using System.Text.Json.Nodes;
using Brief.Content.Schema;
using Brief.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Brief.Tests.Content.Schema;

/// <summary>The JSON Schemas for editors: generated from the validator's definitions, committed, and true of our content.</summary>
public sealed class JsonSchemasTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "schemas");

    [Fact]
    public void The_committed_schemas_are_the_ones_brief_generates()
    {
        Assert.Equal(JsonSchemas.All.Select(s => s.File).Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (file, schema, title) in JsonSchemas.All)
        {
            Assert.True(JsonSchemas.Write(schema, title) == File.ReadAllText(Path.Combine(Folder, file)),
                $"schemas/{file} is out of date: run `dotnet run --project src/Brief.Cli -- schemas`");
        }
    }

    [Fact]
    public void Every_file_of_our_briefing_validates_against_its_schema()
    {
        var checkedFiles = 0;
        foreach (var path in Directory.EnumerateFiles(Repo.Input, "*.*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repo.Input, path).Replace('\\', '/');
            var schemaFile = SchemaFor(relative);
            if (schemaFile is null)
            {
                continue;
            }
            var yaml = relative.EndsWith(".md", StringComparison.Ordinal) ? FrontMatter(File.ReadAllText(path)) : File.ReadAllText(path);
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, schemaFile)))!;
            Assert.Empty(JsonSchemaCheck.Problems(schema, stream.Documents[0].RootNode, relative));
            checkedFiles++;
        }
        Assert.True(checkedFiles > 80, $"only {checkedFiles} files checked");
    }

    [Fact]
    public void The_schemas_catch_what_editors_get_wrong()
    {
        var option = JsonNode.Parse(JsonSchemas.Write(Schemas.Option, "option"))!;
        var stream = new YamlStream();
        stream.Load(new StringReader("""
            title: Raid
            summary: A raid.
            authorities: [Title-50]
            congress: maybe
            host_nation_consent: preferred
            risk: { forces: low, escalation: medium, diplomatic: extreme }
            intelligence_yield: low
            duration: limited
            precedents: []
            colour: red
            """));

        var problems = JsonSchemaCheck.Problems(option, stream.Documents[0].RootNode);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("'maybe' is not one of the allowed values", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'extreme' is not one of the allowed values", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'Title-50' does not match", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown field 'colour'", StringComparison.Ordinal));
    }

    private static string? SchemaFor(string path) => path switch
    {
        "site.yml" => "site.schema.json",
        "index.md" => "home.schema.json",
        _ when path.StartsWith("briefs/", StringComparison.Ordinal) => "brief.schema.json",
        _ when path.StartsWith("assets/", StringComparison.Ordinal) || !path.EndsWith(".md", StringComparison.Ordinal) => null,
        _ when path.StartsWith("explainers/", StringComparison.Ordinal) => "explainer.schema.json",
        _ when path.StartsWith("options/", StringComparison.Ordinal) => "option.schema.json",
        _ when path.StartsWith("glossary/", StringComparison.Ordinal) => "term.schema.json",
        _ when path.StartsWith("sources/", StringComparison.Ordinal) => "source.schema.json",
        _ when path.StartsWith("timeline/", StringComparison.Ordinal) => "event.schema.json",
        _ when path.StartsWith("memos/", StringComparison.Ordinal) => "memo.schema.json",
        _ => "page.schema.json",
    };

    private static string FrontMatter(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        return string.Join('\n', lines[1..end]);
    }
}
