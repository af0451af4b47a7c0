using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>The editorial checks: warnings at the line that needs the editor's attention, and quiet on good content.</summary>
public sealed class EditorialCheckTests
{
    [Fact]
    public void Our_briefing_and_the_minimal_fixture_raise_no_editorial_warning()
    {
        using var site = FixtureSite.CopyOf(Repo.Input);
        Assert.DoesNotContain(site.Check().Diagnostics, d =>
            d.Code is Codes.UnusedTerm or Codes.UndefinedAcronym or Codes.StaleReview or Codes.MissingSection);
    }

    [Fact]
    public void A_glossary_term_no_page_uses_is_a_warning_at_its_term_field()
    {
        using var site = FixtureSite.Minimal();
        site.Write("glossary/lno.md", "---\nterm: LNO\nexpansion: Liaison officer\n---\nAn officer who links two commands.\n");

        var warning = site.Check().Single(Codes.UnusedTerm);

        Assert.Equal(("input/glossary/lno.md", 2, 7), (warning.File, warning.Line, warning.Column));
        Assert.Equal("glossary term 'LNO' is not used on any page", warning.Message);
    }

    [Fact]
    public void An_abbreviation_the_glossary_does_not_explain_is_a_warning_at_its_column_once_per_page()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\n---\nA SOFA matters, and so does the JTF.\n\nThe JTF again, " +
            "and `CODE` and [LINK](basics.md), Article II and the U.S.\n\n## A HEADING\n");

        var warning = site.Check().Single(Codes.UndefinedAcronym);

        Assert.Equal(("input/explainers/basics.md", 5, 33), (warning.File, warning.Line, warning.Column));
        Assert.Equal("'JTF' looks like an abbreviation but the glossary does not explain it", warning.Message);
        Assert.Contains("add glossary/jtf.md, or list 'JTF' under acronyms in site.yml", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Abbreviations_listed_in_site_yml_need_no_glossary_entry()
    {
        using var site = FixtureSite.Minimal();
        site.Write("site.yml", "title: Test briefing\nas_of: 2025-02-04\nacronyms: [JTF]\n");
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\n---\nA SOFA matters, and so does a JTF, and JTFs.\n");

        Assert.DoesNotContain(site.Check().Diagnostics, d => d.Code == Codes.UndefinedAcronym);
    }

    [Fact]
    public void A_page_reviewed_too_long_before_the_as_of_date_is_a_warning_at_its_reviewed_field()
    {
        using var site = FixtureSite.Minimal();
        site.Write("site.yml", "title: Test briefing\nas_of: 2025-02-04\nreview_after_days: 90\n");
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\nreviewed: 2024-10-01\n---\nA SOFA matters.\n");
        site.Write("explainers/fresh.md", "---\ntitle: Fresh\nsummary: Fresh.\nreviewed: 2025-01-01\n---\nA SOFA matters.\n");

        var warning = site.Check().Single(Codes.StaleReview);

        Assert.Equal(("input/explainers/basics.md", 4, 11), (warning.File, warning.Line, warning.Column));
        Assert.Equal("last reviewed 2024-10-01, 126 days before the briefing's as-of date (the limit is 90)", warning.Message);
    }

    [Fact]
    public void An_option_card_without_a_conventional_section_is_a_warning_naming_them()
    {
        using var site = FixtureSite.Minimal();
        site.Write("options/raid.md", File.ReadAllText(Path.Combine(site.Input, "options/raid.md")).Split("## Legal basis")[0]);

        var warning = site.Check().Single(Codes.MissingSection);

        Assert.Equal(("input/options/raid.md", 16), (warning.File, warning.Line)); // the first line of its body
        Assert.Equal("option card has no section '## Legal basis', '## Requirements', '## Risks', '## Precedents', '## Indicators to watch'",
            warning.Message);
    }
}
