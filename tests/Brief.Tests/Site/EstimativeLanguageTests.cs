using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>
/// ICD 203's estimative language, checked when site.yml lists it under <c>standards</c>: warnings at the word (or the
/// key judgment's line), quoted speech never checked, and nothing at all without the standard.
/// </summary>
public sealed class EstimativeLanguageTests
{
    private const string SiteWithStandard = "title: Test briefing\nas_of: 2025-02-04\nmarking: UNCLASSIFIED // TEST\nstandards: [icd203]\n";

    private static FixtureSite WithStandard() => FixtureSite.Minimal().Write("site.yml", SiteWithStandard);

    private static List<Diagnostic> Estimative(Brief.Site.BuildResult result) =>
        [.. result.Diagnostics.Where(d => d.Code is Codes.MixedLikelihoodScales or Codes.ConfidenceWithLikelihood
            or Codes.KeyJudgmentWithoutSource or Codes.KeyJudgmentWithoutLikelihood)];

    [Fact]
    public void A_document_using_both_scales_is_a_warning_at_the_first_word_of_the_second_naming_the_first()
    {
        using var site = WithStandard();
        site.Write("explainers/outlook.md", "---\ntitle: Outlook\nsummary: The cartels will likely adapt.\n---\n"
            + "Routes are likely to move.\n\nTransfers are probable within a year, and highly probable by 2027.\n");

        var warning = site.Check().Single(Codes.MixedLikelihoodScales);

        Assert.Equal((Severity.Warning, "input/explainers/outlook.md", 7, 15), (warning.Severity, warning.File, warning.Line, warning.Column));
        Assert.Equal("'probable' is from the second likelihood scale, but this document already uses the first ('likely', line 3)",
            warning.Message);
        Assert.Contains("almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain", warning.Hint,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_front_matter_values_point_at_the_word_inside_their_quotes()
    {
        using var site = WithStandard();
        site.Write("explainers/outlook.md", "---\ntitle: \"Outlook: a raid is likely\"\nsummary: 'Routes: probable moves.'\n---\nText.\n");

        var warning = site.Check().Single(Codes.MixedLikelihoodScales);

        Assert.Equal((3, 19), (warning.Line, warning.Column));
        Assert.Equal("'probable' is from the second likelihood scale, but this document already uses the first ('likely', line 2)",
            warning.Message);
    }

    [Fact]
    public void Confidence_and_likelihood_in_one_sentence_is_a_warning_at_the_likelihood_word()
    {
        using var site = WithStandard();
        site.Write("explainers/outlook.md", "---\ntitle: Outlook\nsummary: The outlook.\n---\n"
            + "We assess with high confidence that the U.S. Navy will very likely stay. We have moderate confidence in that.\n\n"
            + "A raid is unlikely. We have low confidence in this judgment.\n");

        var warning = site.Check().Single(Codes.ConfidenceWithLikelihood);

        Assert.Equal(("input/explainers/outlook.md", 5, 56), (warning.File, warning.Line, warning.Column));
        Assert.Equal("'very likely' and 'high confidence' in one sentence: ICD 203 asks for likelihood and confidence in separate sentences",
            warning.Message);
    }

    [Fact]
    public void Key_judgments_without_a_source_or_a_likelihood_are_warnings_at_their_lines()
    {
        using var site = WithStandard();
        site.Write("explainers/outlook.md", "---\ntitle: Outlook\nsummary: The outlook.\n---\n## Key judgments\n\n"
            + "- A raid is likely within the year [@dea-2024].\n- The cartels will adapt [@dea-2024].\n  - Routes will move.\n"
            + "- We have moderate confidence that routes will move.\n\n## Background\n\n- No judgment here.\n");

        var result = site.Check();

        var unsourced = result.Single(Codes.KeyJudgmentWithoutSource);
        Assert.Equal(("input/explainers/outlook.md", 10, 1), (unsourced.File, unsourced.Line, unsourced.Column));
        Assert.Equal("key judgment cites no source", unsourced.Message);
        var unhedged = result.Single(Codes.KeyJudgmentWithoutLikelihood);
        Assert.Equal(("input/explainers/outlook.md", 8, 1), (unhedged.File, unhedged.Line, unhedged.Column));
        Assert.Equal("key judgment states no likelihood or confidence level", unhedged.Message);
    }

    [Fact]
    public void Quoted_speech_and_block_quotes_are_never_checked()
    {
        using var site = WithStandard();
        site.Write("explainers/outlook.md", "---\ntitle: Outlook\nsummary: The cartels will likely adapt.\n---\n"
            + "The minister said \"a strike is probable, with high confidence\" and \u201Cnearly certain\u201D.\n\n"
            + "> We judge it highly probable, with high confidence, that routes will move.\n\n"
            + "## Key judgments\n\n> - A quoted list is no key judgment.\n");

        Assert.Empty(Estimative(site.Check()));
    }

    [Fact]
    public void Without_the_standard_nothing_is_checked()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/outlook.md", "---\ntitle: Outlook\nsummary: The cartels will likely adapt.\n---\n"
            + "Transfers are probable, with high confidence.\n\n## Key judgments\n\n- No source, no estimate.\n");

        Assert.Empty(Estimative(site.Check()));
    }

    [Fact]
    public void Glossary_terms_and_sources_are_not_checked()
    {
        using var site = WithStandard();
        site.Write("explainers/outlook.md", "---\ntitle: Outlook\nsummary: The outlook.\n---\nRoutes are likely to move.\n");
        site.Write("glossary/mlcoa.md", "---\nterm: MLCOA\nexpansion: Most likely course of action\n---\n"
            + "The probable course of action, with high confidence. See [outlook](../explainers/outlook.md).\n");

        Assert.Empty(Estimative(site.Check()));
    }

    [Fact]
    public void An_unknown_standard_is_an_error_at_its_line_and_column_with_a_suggestion()
    {
        using var site = FixtureSite.Minimal();
        site.Write("site.yml", "title: Test briefing\nstandards:\n  - icd-203\n");

        var error = site.Check().Single(Codes.InvalidValue);

        Assert.Equal((Severity.Error, "input/site.yml", 3, 5), (error.Severity, error.File, error.Line, error.Column));
        Assert.Equal("'standards' is 'icd-203'; allowed values: icd203", error.Message);
        Assert.Equal("did you mean 'icd203'?", error.Hint);
    }
}
