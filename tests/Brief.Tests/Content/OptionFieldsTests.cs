using System.Text;
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
    [Fact]
    public void Every_field_has_a_unique_key_a_column_and_a_label_for_every_allowed_value()
    {
        Assert.Equal(OptionFields.All.Length, OptionFields.All.Select(f => f.Key).Distinct(StringComparer.Ordinal).Count());
        foreach (var field in OptionFields.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(field.Column), field.Key);
            Assert.False(string.IsNullOrWhiteSpace(field.Description), field.Key);
            Assert.NotEmpty(field.Choices);
            Assert.Equal(field.Choices.Length, field.Allowed.Distinct(StringComparer.Ordinal).Count());
            Assert.All(field.Choices, c => Assert.False(string.IsNullOrWhiteSpace(c.Label), $"{field.Key}: {c.Value}"));
            Assert.All(field.Allowed, v => Assert.Equal(field.Choices.Single(c => c.Value == v).Label, field.LabelOf(v)));
            Assert.Null(field.LabelOf("not-a-value"));
            Assert.True(field.Group is null || OptionFields.Groups.Any(g => g.Key == field.Group), $"{field.Key}: its group is not declared");
        }
    }

    [Fact]
    public void Every_rating_a_level_field_gives_has_a_colour_in_the_theme()
    {
        var css = File.ReadAllText(Path.Combine(Repo.Theme, "assets", "style.css"));
        Assert.Contains(OptionFields.All, f => f.IsLevel);
        var ratings = OptionFields.All.SelectMany(f => f.Allowed.Select(f.RatingOf)).OfType<Rating>().Distinct().ToList();
        Assert.Equal([Rating.Good, Rating.Fair, Rating.Bad], ratings.Order());
        foreach (var rating in ratings)
        {
            Assert.Matches($@"\.badge\.rating-{rating.ToString().ToLowerInvariant()} +\{{", css);
        }
    }

    [Fact]
    public void A_value_rates_by_which_end_of_its_field_is_better()
    {
        var risk = OptionFields.All.Single(f => f.Key == "risk.forces");
        var yield = OptionFields.All.Single(f => f.Key == "intelligence_yield");
        var duration = OptionFields.All.Single(f => f.Key == "duration");

        Assert.Equal([Rating.Good, Rating.Fair, Rating.Bad], risk.Allowed.Select(risk.RatingOf));
        Assert.Equal([Rating.Bad, Rating.Fair, Rating.Good], yield.Allowed.Select(yield.RatingOf));
        Assert.All(duration.Allowed, v => Assert.Null(duration.RatingOf(v)));
        Assert.Null(risk.RatingOf("not-a-value"));
    }

    [Fact]
    public void The_json_schema_allows_what_the_declaration_allows_and_requires_what_it_requires()
    {
        var schema = JsonNode.Parse(JsonSchemas.Write(Schemas.Option, "option"))!;
        foreach (var field in OptionFields.All)
        {
            var container = field.Group is { } group ? schema["properties"]![group]! : schema;
            var property = container["properties"]![field.Name]!;
            Assert.Equal(field.Description, (string?)property["description"]);
            Assert.Equal(field.Allowed, property["enum"]!.AsArray().Select(v => (string)v!));
            Assert.Equal(field.Required, container["required"]!.AsArray().Select(v => (string)v!).Contains(field.Name));
        }
        var groups = OptionFields.All.Select(f => f.Group).OfType<string>().Distinct().ToList();
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.Equal("object", (string?)schema["properties"]![g]!["type"]));
    }

    [Fact]
    public void The_reader_reads_every_allowed_value_of_every_field_in_the_declared_order()
    {
        var longest = OptionFields.All.Max(f => f.Choices.Length);
        for (var i = 0; i < longest; i++)
        {
            var chosen = OptionFields.All.ToDictionary(f => f.Key, f => f.Allowed[i % f.Allowed.Length]);
            var (item, diagnostics) = Read(chosen);

            Assert.Empty(diagnostics);
            var option = Assert.IsType<OptionCard>(item);
            Assert.Equal(OptionFields.All.Select(f => f.Key), option.Compared.Select(v => v.Field.Key));
            Assert.All(OptionFields.All, f => Assert.Equal(chosen[f.Key], option.ValueOf(f.Key)));
        }
    }

    [Fact]
    public void The_reader_rejects_a_value_a_field_does_not_allow_and_reads_it_as_unset()
    {
        foreach (var field in OptionFields.All)
        {
            var chosen = OptionFields.All.ToDictionary(f => f.Key, f => f.Allowed[0]);
            chosen[field.Key] = "unheard-of";
            var (item, diagnostics) = Read(chosen);

            var error = Assert.Single(diagnostics);
            Assert.Equal(Codes.InvalidValue, error.Code);
            Assert.Equal($"'{field.Key}' is 'unheard-of'; allowed values: {string.Join(", ", field.Allowed)}", error.Message);
            Assert.Equal("", Assert.IsType<OptionCard>(item).ValueOf(field.Key));
        }
    }

    /// <summary>An option card with the chosen value of each compared field, grouped fields in their group's mapping.</summary>
    private static (ContentItem? Item, IReadOnlyList<Diagnostic> Diagnostics) Read(IReadOnlyDictionary<string, string> chosen)
    {
        var text = new StringBuilder("---\ntitle: Raid\nsummary: A raid.\nauthorities: [title-50]\nprecedents: [neptune-spear]\n");
        foreach (var group in OptionFields.All.GroupBy(f => f.Group))
        {
            var indent = group.Key is null ? "" : "  ";
            if (group.Key is not null)
            {
                text.Append(group.Key).Append(":\n");
            }
            foreach (var field in group)
            {
                text.Append(indent).Append(field.Name).Append(": ").Append(chosen[field.Key]).Append('\n');
            }
        }
        text.Append("---\n## What it is\n");
        var bag = new DiagnosticBag();
        var item = ContentReader.Read("options/raid.md", "input/options/raid.md", text.ToString(), bag);
        return (item, bag.Sorted());
    }
}
