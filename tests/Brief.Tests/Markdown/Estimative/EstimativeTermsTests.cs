using Brief.Markdown.Estimative;

namespace Brief.Tests.Markdown.Estimative;

/// <summary>The word matcher of ICD 203's scales: whole words, any case, phrases, the longest phrase first, and no false friends.</summary>
public sealed class EstimativeTermsTests
{
    private static List<(string Term, EstimativeKind Kind)> Find(string text) =>
        [.. EstimativeTerms.Find(text).Select(m => (m.Term, m.Kind))];

    [Fact]
    public void Every_step_of_both_scales_is_found_as_its_own_scale()
    {
        foreach (var step in EstimativeTerms.FirstScale)
        {
            Assert.Equal([(step, EstimativeKind.FirstScale)], Find($"It is {step}."));
        }
        foreach (var step in EstimativeTerms.SecondScale)
        {
            Assert.Equal([(step, EstimativeKind.SecondScale)], Find($"It is {step}."));
        }
    }

    [Fact]
    public void The_longest_phrase_at_a_place_is_one_term()
    {
        Assert.Equal([("very unlikely", EstimativeKind.FirstScale)], Find("A raid is very unlikely"));
        Assert.Equal([("highly probable", EstimativeKind.SecondScale)], Find("A raid is highly probable"));
        Assert.Equal([("Almost certainly", EstimativeKind.FirstScale)], Find("Almost certainly not"));
    }

    [Fact]
    public void Likely_and_unlikely_are_distinct_words_and_case_does_not_matter()
    {
        Assert.Equal([("Unlikely", EstimativeKind.FirstScale), ("LIKELY", EstimativeKind.FirstScale)], Find("Unlikely, or LIKELY?"));
        Assert.Equal(["unlikely"], EstimativeTerms.Find("unlikely").Select(m => m.Term));
        Assert.Empty(Find("likelihood, likeliest, improbability, probabilities"));
    }

    [Fact]
    public void Phrases_run_across_any_white_space_and_are_named_with_single_spaces()
    {
        var match = Assert.Single(EstimativeTerms.Find("a roughly  even\nchance of it"));
        Assert.Equal((2, "roughly even chance"), (match.Index, match.Term));
        Assert.Equal(20, match.Length);
    }

    [Fact]
    public void The_adverbs_count_as_their_scale()
    {
        Assert.Equal([("probably", EstimativeKind.SecondScale)], Find("They will probably move."));
        Assert.Equal([("nearly certainly", EstimativeKind.SecondScale)], Find("They will nearly certainly move."));
        Assert.Equal([("likely", EstimativeKind.FirstScale)], Find("They will likely move."));
    }

    [Fact]
    public void Confidence_levels_are_found_with_a_space_or_a_hyphen()
    {
        Assert.Equal([("high confidence", EstimativeKind.Confidence), ("low-confidence", EstimativeKind.Confidence)],
            Find("We have high confidence; a low-confidence call."));
        Assert.Empty(Find("highly confident, confidence is high"));
    }

    [Theory]
    [InlineData("Officers need probable cause to search.")]
    [InlineData("Remote sensing showed a remote area and remote-controlled drones.")]
    [InlineData("Remotely piloted aircraft flew over remote, mountainous terrain.")]
    [InlineData("The likelihood was discussed; the improbability, not.")]
    public void Words_with_other_meanings_are_no_estimates(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("There is a remote chance of a strike.")]
    [InlineData("A remote possibility remains.")]
    [InlineData("The chance of a strike is remote.")]
    [InlineData("The chance is remote")]
    public void Remote_qualifying_a_chance_or_ending_a_clause_is_the_lowest_step(string text) =>
        Assert.Equal([("remote", EstimativeKind.SecondScale)], Find(text));
}
