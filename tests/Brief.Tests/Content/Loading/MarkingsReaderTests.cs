using Brief.Content.Loading;
using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Content.Loading;

/// <summary>site.yml's markings and release: the register read lowest first, and every problem with it at its line and column.</summary>
public class MarkingsReaderTests
{
    private static (SiteSettings Site, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "site.yml");
        File.WriteAllText(path, yaml);
        var bag = new DiagnosticBag();
        var site = SiteSettingsReader.Read(path, "input/site.yml", bag);
        return (site, bag.Sorted());
    }

    [Fact]
    public void The_register_is_read_lowest_first_with_its_release()
    {
        var (site, diagnostics) = Read("title: T\nmarkings:\n  - { mark: U, banner: UNCLASSIFIED }\n  - mark: CUI\n    banner: CUI\nrelease: U\n");

        Assert.Empty(diagnostics);
        var register = site.Markings!;
        Assert.Equal([new Marking("U", "UNCLASSIFIED"), new Marking("CUI", "CUI")], (Marking[])[.. register.Levels]);
        Assert.Equal(("U", 0, 1), (register.Release, register.ReleaseLevel, register.LevelOf("CUI")));
        Assert.Equal(-1, register.LevelOf("S"));
    }

    [Fact]
    public void Without_markings_there_is_no_register()
    {
        var (site, diagnostics) = Read("title: T\nmarking: UNCLASSIFIED\n");

        Assert.Empty(diagnostics);
        Assert.Null(site.Markings);
    }

    [Theory]
    [InlineData("markings:\n  - { mark: U, banner: UNCLASSIFIED }\n  - { mark: cui, banner: CUI }\nrelease: U\n", Codes.BadMarkings, 4, 13,
        "'cui' cannot be a mark")]
    [InlineData("markings:\n  - { mark: U, banner: UNCLASSIFIED }\n  - { mark: U, banner: CUI }\nrelease: U\n", Codes.BadMarkings, 4, 13,
        "the mark 'U' is listed twice")]
    [InlineData("markings:\n  - { mark: U }\nrelease: U\n", Codes.MissingField, 3, 5, "required field 'markings.banner' is missing")]
    [InlineData("markings:\n  - { mark: U, banner: '  ' }\nrelease: U\n", Codes.BadMarkings, 3, 24, "the banner of 'U' is empty")]
    [InlineData("markings: []\nrelease: U\n", Codes.BadMarkings, 2, 11, "'markings' lists no mark")]
    [InlineData("markings: U\n", Codes.WrongType, 2, 11, "'markings' must be a list")]
    [InlineData("markings:\n  - { mark: U, banner: UNCLASSIFIED }\n  - { mark: CUI, banner: CUI }\nrelease: CIU\n", Codes.UnknownRelease, 5, 10,
        "'release' is 'CIU', not one of the marks in 'markings' (U, CUI)")]
    [InlineData("release: U\n", Codes.UnknownRelease, 2, 10, "'release' is 'U', but site.yml has no 'markings'")]
    public void A_bad_register_is_an_error_at_its_line_and_column(string yaml, string code, int line, int column, string message)
    {
        var (_, diagnostics) = Read("title: T\n" + yaml);

        var error = Assert.Single(diagnostics);
        Assert.Equal((code, Severity.Error, "input/site.yml", line, column, message),
            (error.Code, error.Severity, error.File, error.Line, error.Column, error.Message));
    }

    [Fact]
    public void A_release_that_is_nearly_a_mark_suggests_it()
    {
        var (_, diagnostics) = Read("title: T\nmarkings:\n  - { mark: U, banner: UNCLASSIFIED }\n  - { mark: CUI, banner: CUI }\nrelease: CIU\n");

        Assert.Equal("did you mean 'CUI'?", Assert.Single(diagnostics).Hint);
    }
}
