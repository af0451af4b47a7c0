using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Site.Modules;
using Brief.Tests.Support;

namespace Brief.Tests.Site.Modules;

/// <summary>The abbreviation check: capitalised words in running text that the glossary does not explain, at their place in the file.</summary>
public class UndefinedAcronymsTests
{
    private const string Terms = "---\nterm: SOFA\nexpansion: Status of Forces Agreement\n---\nAn agreement.\n";
    private const string Director = "---\nterm: FBI Director\n---\nThe head of the FBI.\n";

    /// <summary>The warnings for explainers/page.md with this body under a four-line front matter (the body starts at line 5).</summary>
    private static IReadOnlyList<Diagnostic> Check(string body, SiteSettings? settings = null)
    {
        var site = new InMemorySite { Settings = settings ?? new SiteSettings { Title = "T" } }
            .Add("index.md", "---\ntitle: Home\n---\nHome.\n")
            .Add("glossary/sofa.md", Terms)
            .Add("glossary/fbi-director.md", Director)
            .Add("explainers/page.md", "---\ntitle: Page\nsummary: S.\n---\n" + body);
        var catalog = site.Catalog().Catalog;
        var parsed = catalog.Parsed["page"];
        var bag = new DiagnosticBag();
        UndefinedAcronyms.Check(catalog.Items["page"], UndefinedAcronyms.Uses(parsed.Tree(), parsed.LineOffset, catalog.Glossary), catalog, bag);
        return bag.Sorted();
    }

    [Fact]
    public void An_abbreviation_the_glossary_does_not_explain_is_a_warning_at_its_line_and_column()
    {
        var warning = Assert.Single(Check("First line.\n\nThe SOFA binds the JTF here.\n"));

        Assert.Equal((Codes.UndefinedAcronym, Severity.Warning), (warning.Code, warning.Severity));
        Assert.Equal(("input/explainers/page.md", 7, 20), (warning.File, warning.Line, warning.Column));
        Assert.Equal("'JTF' looks like an abbreviation but the glossary does not explain it", warning.Message);
        Assert.Equal("add glossary/jtf.md, or list 'JTF' under acronyms in site.yml if readers need no explanation", warning.Hint);
    }

    [Fact]
    public void Each_abbreviation_is_reported_once_per_page_at_its_first_use()
    {
        var warnings = Check("The JTF and the CTF.\n\nThe JTF again, and the CTF.\n");

        Assert.Equal([("JTF", 5, 5), ("CTF", 5, 17)], warnings.Select(w => (w.Message.Split('\'')[1], w.Line, w.Column)));
    }

    [Fact]
    public void Designators_with_a_hyphen_and_plurals_are_taken_whole()
    {
        var warnings = Check("An MQ-9 flew; two RC-135s followed.\n");

        Assert.Equal(["MQ-9", "RC-135s"], warnings.Select(w => w.Message.Split('\'')[1]));
    }

    [Theory]
    [InlineData("Code: `JTF` and\n\n```\nJTF\n```\n")]
    [InlineData("    JTF in an indented code block\n")]
    [InlineData("A [JTF](page.md) link.\n")]
    [InlineData("## The JTF\n")]
    public void Code_links_and_headings_are_not_running_text(string body)
    {
        Assert.Empty(Check(body));
    }

    [Theory]
    [InlineData("The SOFA and two SOFAs.")] // a term and its plural
    [InlineData("The FBI Director spoke.")] // part of a term the glossary links whole
    [InlineData("Article II and Title IV.")] // roman numerals
    [InlineData("I said A and U.S. law.")] // single letters
    [InlineData("NATO and NATOs.")] // listed in site.yml
    [InlineData("SECRET and NOFORN.")] // the handling marking
    public void What_the_glossary_site_yml_or_the_marking_explain_is_not_reported(string body)
    {
        var settings = new SiteSettings { Title = "T", Acronyms = ["NATO"], Marking = "SECRET//NOFORN" };

        Assert.Empty(Check(body + "\n", settings));
    }

    [Fact]
    public void Part_of_a_multiword_term_used_alone_is_reported()
    {
        var warning = Assert.Single(Check("The FBI Director and the FBI.\n"));

        Assert.Equal(("'FBI' looks like an abbreviation but the glossary does not explain it", 5, 26),
            (warning.Message, warning.Line, warning.Column));
    }

    [Fact]
    public void Quoted_text_is_running_text()
    {
        var warning = Assert.Single(Check("> The JTF said so.\n"));

        Assert.Equal((5, 7), (warning.Line, warning.Column));
    }
}
