using Brief.Markdown.Glossary;

namespace Brief.Tests.Markdown;

public class TermMatcherTests
{
    private static readonly TermMatcher Matcher = new([
        .. TermForm.For("sofa", "SOFA", ["Status of Forces Agreement"]),
        .. TermForm.For("title-50", "Title 50", []),
        .. TermForm.For("title-50-usc", "Title 50 U.S.C.", []),
        .. TermForm.For("finding", "presidential finding", []),
        .. TermForm.For("us-person", "U.S. person", []),
    ]);

    private static List<string> Find(string text) =>
        [.. Matcher.Matches(text).Select(m => $"{text.Substring(m.Start, m.Length)}={m.TermId}")];

    [Fact]
    public void Finds_whole_words_only() =>
        Assert.Equal(["SOFA=sofa"], Find("SOFAR is not SOFA."));

    [Fact]
    public void Acronyms_match_case_sensitively_other_terms_do_not() =>
        Assert.Equal(["title 50=title-50", "TITLE 50=title-50"], Find("sofa and title 50 and TITLE 50"));

    [Fact]
    public void The_longest_match_wins() =>
        Assert.Equal(["Title 50 U.S.C.=title-50-usc", "Title 50=title-50"], Find("Under Title 50 U.S.C. and Title 50."));

    [Fact]
    public void Aliases_and_plurals_are_found() =>
        Assert.Equal(["SOFAs=sofa", "Status of Forces Agreements=sofa", "presidential findings=finding", "U.S. persons=us-person"],
            Find("Two SOFAs, two Status of Forces Agreements, presidential findings on U.S. persons."));

    [Fact]
    public void Whitespace_inside_a_term_may_be_any_space() =>
        Assert.Equal(["Title\u00a050=title-50"], Find("Title\u00a050"));

    [Theory]
    [InlineData("AUMF", "AUMFs")]
    [InlineData("policy", "policies")]
    [InlineData("U.S. person", "U.S. persons")]
    [InlineData("bus", "buses")]
    [InlineData("Title 50", "Title 50")]
    public void Plurals(string form, string plural) => Assert.Equal(plural, TermForm.Plural(form));
}
