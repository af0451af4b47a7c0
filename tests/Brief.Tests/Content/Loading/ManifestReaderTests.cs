using Brief.Content.Loading;
using Brief.Core.Diagnostics;

namespace Brief.Tests.Content.Loading;

public class ManifestReaderTests
{
    [Fact]
    public void Sections_are_read_in_order_with_single_items()
    {
        var bag = new DiagnosticBag();
        var manifest = ManifestReader.Read("full", "input/briefs/full.yml",
            "title: Full\npaper: a4\nmax_pages: 2\nsections:\n  - bluf\n  - option: raid\n  - matrix\n", bag);

        Assert.Empty(bag.Sorted());
        Assert.Equal(["bluf", "option", "matrix"], manifest!.Sections.Select(s => s.Value.Kind));
        Assert.Equal("raid", manifest.Sections[1].Value.Id);
        Assert.Equal(("a4", 2), (manifest.Paper, manifest.MaxPages));
    }

    [Fact]
    public void An_unknown_section_is_an_error_at_its_line()
    {
        var bag = new DiagnosticBag();
        ManifestReader.Read("full", "input/briefs/full.yml", "title: Full\nsections:\n  - bluf\n  - apendix\n", bag);

        var error = Assert.Single(bag.Sorted());
        Assert.Equal((Codes.BadManifest, 4, 5), (error.Code, error.Line, error.Column));
        Assert.Contains("'apendix'", error.Message);
    }
}
