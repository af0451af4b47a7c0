using System.Collections.Immutable;
using System.Text;
using Brief.Content.Criteria;
using System.Text.Json.Nodes;
using Brief.Content.Loading;
using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Content;

/// <summary>The one declaration of the fields options are compared on, and the places that follow from it.</summary>
public sealed class OptionFieldsTests
{
    private static readonly ImmutableArray<Criterion> Fields = [.. BuiltInCriteria.Declaration.Compared];

    [Fact]
    public void Every_field_has_a_unique_key_a_column_and_a_label_for_every_allowed_value()
    {
        Assert.Equal(Fields.Length, Fields.Select(f => f.Field).Distinct(StringComparer.Ordinal).Count());
        foreach (var field in Fields)
        {
            Assert.False(string.IsNullOrWhiteSpace(field.Label), field.Field);
            Assert.False(string.IsNullOrWhiteSpace(field.Definition), field.Field);
            Assert.NotEmpty(field.Choices);
            Assert.Equal(field.Choices.Length, field.Allowed.Distinct(StringComparer.Ordinal).Count());
            Assert.All(field.Choices, c => Assert.False(string.IsNullOrWhiteSpace(c.Label), $"{field.Field}: {c.Value}"));
            Assert.All(field.Allowed, v => Assert.Equal(field.Choices.Single(c => c.Value == v).Label, field.LabelOf(v)));
            Assert.Null(field.LabelOf("not-a-value"));
            Assert.True(field.Group is null || BuiltInCriteria.Declaration.Groups.Any(g => g.Field == field.Group),
                $"{field.Field}: its group is not declared");
        }
    }

    [Fact]
    public void Every_rating_a_level_field_gives_has_a_colour_in_the_theme()
    {
        var css = File.ReadAllText(Path.Combine(Repo.Theme, "assets", "style.css"));
        Assert.Contains(Fields, f => f.IsLevel);
        var ratings = Fields.SelectMany(f => f.Allowed.Select(f.RatingOf)).OfType<Rating>().Distinct().ToList();
        Assert.Equal([Rating.Good, Rating.Fair, Rating.Bad], ratings.Order());
        foreach (var rating in ratings)
        {
            Assert.Matches($@"\.badge\.rating-{rating.ToString().ToLowerInvariant()} +\{{", css);
        }
    }

    [Fact]
    public void A_value_rates_by_which_end_of_its_field_is_better()
    {
        var risk = Fields.Single(f => f.Field == "risk.forces");
        var yield = Fields.Single(f => f.Field == "intelligence_yield");
        var duration = Fields.Single(f => f.Field == "duration");

        Assert.Equal([Rating.Good, Rating.Fair, Rating.Bad], risk.Allowed.Select(risk.RatingOf));
        Assert.Equal([Rating.Bad, Rating.Fair, Rating.Good], yield.Allowed.Select(yield.RatingOf));
        Assert.All(duration.Allowed, v => Assert.Null(duration.RatingOf(v)));
        Assert.Null(risk.RatingOf("not-a-value"));
    }

    [Fact]
    public void The_json_schema_allows_what_the_declaration_allows_and_requires_what_it_requires()
    {
        var schema = JsonNode.Parse(JsonSchemas.Write(Schemas.Option, "option"))!;
        foreach (var field in Fields)
        {
            var container = field.Group is { } group ? schema["properties"]![group]! : schema;
            var property = container["properties"]![field.Name]!;
            Assert.Equal(field.Definition, (string?)property["description"]);
            Assert.Equal(field.Allowed, property["enum"]!.AsArray().Select(v => (string)v!));
            Assert.Contains(field.Name, container["required"]!.AsArray().Select(v => (string)v!));
        }
        var groups = Fields.Select(f => f.Group).OfType<string>().Distinct().ToList();
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.Equal("object", (string?)schema["properties"]![g]!["type"]));
    }

    [Fact]
    public void The_reader_reads_every_allowed_value_of_every_field_in_the_declared_order()
    {
        var longest = Fields.Max(f => f.Choices.Length);
        for (var i = 0; i < longest; i++)
        {
            var chosen = Fields.ToDictionary(f => f.Field, f => f.Allowed[i % f.Allowed.Length]);
            var (item, diagnostics) = Read(chosen);

            Assert.Empty(diagnostics);
            var option = Assert.IsType<OptionCard>(item);
            Assert.Equal(Fields.Select(f => f.Field), option.Compared.Select(v => v.Field.Field));
            Assert.All(Fields, f => Assert.Equal(chosen[f.Field], option.ValueOf(f.Field)));
        }
    }

    [Fact]
    public void The_reader_rejects_a_value_a_field_does_not_allow_and_reads_it_as_unset()
    {
        foreach (var field in Fields)
        {
            var chosen = Fields.ToDictionary(f => f.Field, f => f.Allowed[0]);
            chosen[field.Field] = "unheard-of";
            var (item, diagnostics) = Read(chosen);

            var error = Assert.Single(diagnostics);
            Assert.Equal(Codes.InvalidValue, error.Code);
            Assert.Equal($"'{field.Field}' is 'unheard-of'; allowed values: {string.Join(", ", field.Allowed)}", error.Message);
            Assert.Equal("", Assert.IsType<OptionCard>(item).ValueOf(field.Field));
        }
    }

    /// <summary>An option card with the chosen value of each compared field, grouped fields in their group's mapping.</summary>
    private static (ContentItem? Item, IReadOnlyList<Diagnostic> Diagnostics) Read(IReadOnlyDictionary<string, string> chosen)
    {
        var text = new StringBuilder("---\ntitle: Raid\nsummary: A raid.\nauthorities: [title-50]\nprecedents: [neptune-spear]\n");
        foreach (var group in Fields.GroupBy(f => f.Group))
        {
            var indent = group.Key is null ? "" : "  ";
            if (group.Key is not null)
            {
                text.Append(group.Key).Append(":\n");
            }
            foreach (var field in group)
            {
                text.Append(indent).Append(field.Name).Append(": ").Append(chosen[field.Field]).Append('\n');
            }
        }
        text.Append("---\n## What it is\n");
        var bag = new DiagnosticBag();
        var item = ContentReader.Read("options/raid.md", "input/options/raid.md", text.ToString(), bag);
        return (item, bag.Sorted());
    }
}
