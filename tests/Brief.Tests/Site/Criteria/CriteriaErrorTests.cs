using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Site.Criteria;

/// <summary>
/// Cards checked against a briefing's criteria.yml, and criteria.yml itself checked: each problem a diagnostic with
/// its code, message, file and line, never an exception.
/// </summary>
public sealed class CriteriaErrorTests
{
    private static FixtureSite Flood() => FixtureSite.CopyOf(Path.Combine(Repo.Fixtures, "flood-briefing"));

    private static string Levee(FixtureSite site) => File.ReadAllText(Path.Combine(site.Input, "options", "levee.md"));

    [Fact]
    public void A_card_without_a_criterion_s_field_is_an_error_naming_field_file_and_line()
    {
        using var site = Flood();
        site.Write("options/levee.md", Levee(site).Replace("disruption: medium\n", "", StringComparison.Ordinal));

        var error = site.Check().Single(Codes.MissingField);

        Assert.Equal("required field 'disruption' is missing", error.Message);
        Assert.EndsWith("options/levee.md", error.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.Contains("low, medium, high", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_the_criterion_s_values_is_an_error_listing_the_allowed_values()
    {
        using var site = Flood();
        site.Write("options/levee.md", Levee(site).Replace("protection: hundred-year", "protection: thousand-year", StringComparison.Ordinal));

        var error = site.Check().Single(Codes.InvalidValue);

        Assert.Equal("'protection' is 'thousand-year'; allowed values: ten-year, fifty-year, hundred-year", error.Message);
        Assert.EndsWith("options/levee.md", error.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal((5, 13), (error.Line, error.Column));
    }

    [Fact]
    public void A_number_criterion_given_words_is_an_error_at_its_line()
    {
        using var site = Flood();
        site.Write("options/levee.md", Levee(site).Replace("cost: 300", "cost: cheap", StringComparison.Ordinal));

        var error = site.Check().Single(Codes.WrongType);

        Assert.Equal("'cost' must be a number", error.Message);
        Assert.Equal((4, 7), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("    better: last\n    weight: 3", "    better: sideways\n    weight: 3", "BRF084",
        "'better' of 'protection' is 'sideways'; for a values criterion it is one of first, last, none", 19)]
    [InlineData("    weight: 1\n", "    weight: -1\n", "BRF082", "the weight of 'disruption' is '-1', not a number of 0 or more", 27)]
    [InlineData("    benchmark: 500", "    benchmark: lots", "BRF083", "the benchmark of 'cost' is 'lots'; it must be a number", 10)]
    [InlineData("  - field: consent\n    label: Consent needed\n", "  - field: consent\n", "BRF080", "the criterion 'consent' has no 'label'", 28)]
    [InlineData("  - field: consent", "  - field: title", "BRF085", "'title' is a field every page has; it cannot be a criterion", 28)]
    [InlineData("  - field: consent", "  - field: cost", "BRF081", "the field 'cost' is declared twice", 28)]
    public void A_mistake_in_criteria_yml_is_an_error_with_its_code_file_and_line(string from, string to, string code, string message, int line)
    {
        using var site = Flood();
        var criteria = File.ReadAllText(Path.Combine(site.Input, "criteria.yml"));
        Assert.Contains(from, criteria, StringComparison.Ordinal);
        site.Write("criteria.yml", criteria.Replace(from, to, StringComparison.Ordinal));

        var result = site.Check();

        var error = result.Diagnostics.First(d => d.Code == code);
        Assert.Equal(message, error.Message);
        Assert.EndsWith("criteria.yml", error.File, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.True(error.Column > 0);
        Assert.False(string.IsNullOrEmpty(error.Hint));
        Assert.Equal(Severity.Error, error.Severity);
    }

    [Fact]
    public void A_criteria_yml_that_is_not_yaml_is_an_error_at_its_position_not_an_exception()
    {
        using var site = Flood();
        site.Write("criteria.yml", "criteria:\n  - field: cost\n    label: [unclosed\n");

        var error = site.Check().Single(Codes.YamlSyntax);

        Assert.EndsWith("criteria.yml", error.File, StringComparison.Ordinal);
        Assert.True(error.Line >= 3);
    }

    [Fact]
    public void An_unknown_key_in_a_criterion_is_a_warning_with_the_nearest_key()
    {
        using var site = Flood();
        var criteria = File.ReadAllText(Path.Combine(site.Input, "criteria.yml"));
        site.Write("criteria.yml", criteria.Replace("    weight: 1\n", "    wieght: 1\n", StringComparison.Ordinal));

        var warning = site.Check().Single(Codes.UnknownCriteriaKey);

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("weight", warning.Hint, StringComparison.Ordinal);
    }
}
