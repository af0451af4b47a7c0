using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Brief.Content.Criteria;
using Brief.Content.Scaffolding;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Content.Criteria;

/// <summary>One declaration, built in or a briefing's criteria.yml, from which brief new, the JSON Schema and the reader follow.</summary>
public sealed partial class CriteriaDeclarationTests
{
    private static readonly string Flood = Path.Combine(Repo.Fixtures, "flood-briefing");

    private static CriteriaDeclaration FloodCriteria()
    {
        var diagnostics = new DiagnosticBag();
        var criteria = CriteriaFile.Load(Flood, "criteria.yml", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return criteria;
    }

    [Fact]
    public void No_compared_field_of_the_built_in_declaration_is_named_in_the_source_code()
    {
        var names = BuiltInCriteria.Declaration.Compared.SelectMany(c => new[] { c.Field, c.Name, c.Group }).OfType<string>().Distinct().ToList();
        var offenders = Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => names.Where(name => File.ReadAllText(file).Contains($"\"{name}\"", StringComparison.Ordinal))
                .Select(name => $"{Path.GetRelativePath(Repo.Root, file)}: \"{name}\""))
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void A_briefing_without_criteria_yml_has_the_built_in_criteria()
    {
        using var site = FixtureSite.Minimal();
        Assert.Same(BuiltInCriteria.Declaration, CriteriaFile.Load(site.Input, "criteria.yml", new DiagnosticBag()));
        Assert.False(BuiltInCriteria.Declaration.HasDecisionMatrix);
    }

    [Fact]
    public void Brief_new_option_follows_the_briefing_s_criteria()
    {
        using var site = FixtureSite.CopyOf(Flood);
        var text = File.ReadAllText(NewFile.Create(site.Input, "option", "Raise the road").Written!);

        Assert.Matches("(?m)^cost: +# required. What the option costs to build. In USD million.$", text);
        Assert.Contains("One of: ten-year | fifty-year | hundred-year.", text, StringComparison.Ordinal);
        Assert.Matches("(?m)^powers: \\[\\] +# required. .* For example: eminent-domain, flood-act.$", text);
        Assert.DoesNotMatch("(?m)^(congress|risk|authorities|precedents):", text);
    }

    [Fact]
    public void The_json_schema_of_an_option_follows_the_briefing_s_criteria()
    {
        var option = JsonSchemas.For(FloodCriteria()).Single(s => s.File == "option.schema.json");
        var schema = JsonNode.Parse(JsonSchemas.Write(option.Schema, option.Title))!["properties"]!;

        Assert.Equal("number", (string?)schema["cost"]!["type"]);
        Assert.Equal(["ten-year", "fifty-year", "hundred-year"], schema["protection"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("array", (string?)schema["powers"]!["type"]);
        Assert.Null(schema["congress"]);
    }

    [Fact]
    public void Values_without_labels_read_as_words_and_better_decides_which_end_rates_good()
    {
        var disruption = FloodCriteria().Items.Single(c => c.Field == "disruption");
        Assert.Equal(["Low", "Medium", "High"], disruption.Choices.Select(c => c.Label));
        Assert.Equal(Rating.Good, disruption.RatingOf("low"));
        var protection = FloodCriteria().Items.Single(c => c.Field == "protection");
        Assert.Equal(Rating.Good, protection.RatingOf("hundred-year"));
        Assert.Equal(Rating.Bad, protection.RatingOf("ten-year"));
    }

    [Fact]
    public void The_schemas_command_follows_a_briefing_given_with_input()
    {
        using var folder = new TempFolder();
        var run = BriefProcess.Start(folder.Path, "schemas", "--input", Flood, "--output", "out");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(NumberField(), File.ReadAllText(folder.Combine("out/option.schema.json")));
    }

    [GeneratedRegex("\"cost\": \\{\\s+\"description\": \"What the option costs to build. In USD million.\",\\s+\"type\": \"number\"")]
    private static partial Regex NumberField();
}
