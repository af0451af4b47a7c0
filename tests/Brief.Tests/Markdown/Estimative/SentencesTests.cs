using Brief.Markdown.Estimative;

namespace Brief.Tests.Markdown.Estimative;

/// <summary>Sentences split after . ! ? and a space, not after abbreviations or before a lower-case word.</summary>
public sealed class SentencesTests
{
    private static List<string> Split(string text)
    {
        var starts = Sentences.Starts(text);
        return [.. starts.Select((start, i) => text[start..(i + 1 < starts.Count ? starts[i + 1] : text.Length)].Trim())];
    }

    [Fact]
    public void Full_stops_question_and_exclamation_marks_end_sentences()
    {
        Assert.Equal(["One.", "Two?", "Three!", "Four"], Split("One. Two? Three! Four"));
    }

    [Fact]
    public void Abbreviations_and_initials_end_no_sentence()
    {
        Assert.Equal(["The U.S. Navy and Gen. Smith met J. Doe, e.g. at No. 5 Main St. today.", "Then they left."],
            Split("The U.S. Navy and Gen. Smith met J. Doe, e.g. at No. 5 Main St. today. Then they left."));
    }

    [Fact]
    public void A_stop_inside_a_word_or_number_or_before_lower_case_ends_no_sentence()
    {
        Assert.Equal(["Version 2.5 of example.org is out. approx. ten."], Split("Version 2.5 of example.org is out. approx. ten."));
    }

    [Fact]
    public void Closing_quotes_and_brackets_stay_with_their_sentence()
    {
        Assert.Equal(["He said \u201CNo.\u201D", "(It was late.)", "Then."], Split("He said \u201CNo.\u201D (It was late.) Then."));
    }

    [Fact]
    public void The_sentence_of_an_index_is_found()
    {
        var starts = Sentences.Starts("One. Two. Three.");
        Assert.Equal([0, 0, 1, 2], new[] { 0, 3, 5, 15 }.Select(i => Sentences.Of(starts, i)));
    }
}
