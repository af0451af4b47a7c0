using Brief.Markdown.Glossary;
using CsCheck;

namespace Brief.Tests.Markdown.Glossary;

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

    [Fact]
    public void Nothing_found_is_still_an_empty_list() =>
        Assert.Empty(Matcher.Matches("Nothing here, not even SOFAR or titles."));

    [Fact]
    public void Any_text_and_any_forms_match_as_the_plain_rule_says()
    {
        // a small alphabet, so that forms and text meet often: letters in both cases, digits, spaces of several kinds,
        // punctuation, and characters outside ASCII (one of which, the Kelvin sign, lower-cases to ASCII 'k')
        var alphabet = Gen.OneOf(Gen.Char['a', 'c'], Gen.Char['A', 'C'], Gen.Const('k'), Gen.Const('K'), Gen.Const('\u212A'),
            Gen.Const('1'), Gen.Const(' '), Gen.Const('\u00A0'), Gen.Const('\n'), Gen.Const('.'), Gen.Const('-'), Gen.Const('\u00E9'),
                Gen.Const('\u00C9'));
        var text = alphabet.Array[0, 24].Select(chars => new string(chars));
        var form = Gen.Select(alphabet.Array[1, 4].Select(chars => new string(chars).Trim()), Gen.Bool)
            .Where(f => f.Item1.Length > 0)
            .Select(f => new TermForm(f.Item1, "t" + f.Item1, f.Item2));
        Gen.Select(form.Array[1, 6], text).Sample((forms, sample) =>
        {
            var matcher = new TermMatcher(forms);
            Assert.Equal(Plain(forms, sample), [.. matcher.Matches(sample)]);
        }, iter: 20_000);
    }

    /// <summary>
    /// The rule written plainly: from each word start, in order, the longest form that matches there (folded, or
    /// exactly when it is case-sensitive) and ends a word; after a match, the search goes on where it ends.
    /// </summary>
    private static List<TermMatcher.Match> Plain(TermForm[] forms, string text)
    {
        static bool Word(char c) => char.IsLetterOrDigit(c);
        static string Fold(string s) => new([.. s.Select(c => char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c))]);
        var found = new List<TermMatcher.Match>();
        for (var i = 0; i < text.Length;)
        {
            if (!Word(text[i]) || (i > 0 && Word(text[i - 1])))
            {
                i++;
                continue;
            }
            var best = forms
                .Where(f => i + f.Text.Length <= text.Length
                    && (f.CaseSensitive ? text.Substring(i, f.Text.Length) == f.Text : Fold(text.Substring(i, f.Text.Length)) == Fold(f.Text)))
                .Where(f => i + f.Text.Length == text.Length || !Word(text[i + f.Text.Length]) || !Word(text[i + f.Text.Length - 1]))
                .OrderByDescending(f => f.Text.Length)
                .FirstOrDefault();
            if (best is null)
            {
                i++;
                continue;
            }
            found.Add(new TermMatcher.Match(i, best.Text.Length, best.TermId));
            i += best.Text.Length;
        }
        return found;
    }

    [Theory]
    [InlineData("AUMF", "AUMFs")]
    [InlineData("policy", "policies")]
    [InlineData("U.S. person", "U.S. persons")]
    [InlineData("bus", "buses")]
    [InlineData("Title 50", "Title 50")]
    public void Plurals(string form, string plural) => Assert.Equal(plural, TermForm.Plural(form));
}
