using Brief.Content.Loading;
using Brief.Content.Model;
using Brief.Core.Diagnostics;

namespace Brief.Tests.Content.Loading;

public class ContentReaderTests
{
    private const string ValidOption = """
        ---
        title: Raid
        summary: A raid.
        authorities: [title-50]
        congress: notify
        host_nation_consent: not-required
        risk:
          forces: high
          escalation: medium
          diplomatic: low
        intelligence_yield: high
        duration: one-off
        precedents: [neptune-spear, "Somalia strike"]
        ---
        ## What it is
        """;

    private static (ContentItem? Item, IReadOnlyList<Diagnostic> Diagnostics) Read(string source, string text)
    {
        var bag = new DiagnosticBag();
        var item = ContentReader.Read(source, "input/" + source, text.ReplaceLineEndings("\n"), bag);
        return (item, bag.Sorted());
    }

    [Fact]
    public void An_option_card_is_read_with_every_field()
    {
        var (item, diagnostics) = Read("options/raid.md", ValidOption);

        Assert.Empty(diagnostics);
        var option = Assert.IsType<OptionCard>(item);
        Assert.Equal(("raid", "notify", "not-required", "high", "medium", "low", "high", "one-off"),
            (option.Id, option.ValueOf("congress"), option.ValueOf("host_nation_consent"), option.ValueOf("risk.forces"),
                option.ValueOf("risk.escalation"),
                option.ValueOf("risk.diplomatic"), option.ValueOf("intelligence_yield"), option.ValueOf("duration")));
        Assert.Equal(["neptune-spear", "Somalia strike"], option.Precedents.Select(p => p.Value));
        Assert.Equal(15, option.BodyLine);
    }

    [Fact]
    public void A_value_outside_its_set_names_field_value_allowed_values_and_position()
    {
        var (_, diagnostics) = Read("options/raid.md", ValidOption.Replace("congress: notify", "congress: notfy"));

        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.InvalidValue, Severity.Error, "input/options/raid.md", 5, 11),
            (error.Code, error.Severity, error.File, error.Line, error.Column));
        Assert.Equal("'congress' is 'notfy'; allowed values: none, notify, authorize, disputed, not-stated", error.Message);
        Assert.Equal("did you mean 'notify'?", error.Hint);
    }

    [Fact]
    public void A_nested_risk_level_outside_its_set_is_reported_with_its_path()
    {
        var (_, diagnostics) = Read("options/raid.md", ValidOption.Replace("escalation: medium", "escalation: extreme"));

        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.InvalidValue, 9, 15), (error.Code, error.Line, error.Column));
        Assert.StartsWith("'risk.escalation' is 'extreme'", error.Message);
    }

    [Fact]
    public void Every_missing_required_field_is_reported_in_one_run()
    {
        var (_, diagnostics) = Read("options/raid.md", "---\ntitle: Raid\n---\nBody\n");

        var missing = diagnostics.Where(d => d.Code == Codes.MissingField).Select(d => d.Message).ToList();
        Assert.Equal(8, missing.Count);
        Assert.Contains("required field 'congress' is missing", missing);
        Assert.Contains("required field 'summary' is missing", missing);
        Assert.All(diagnostics, d => Assert.Equal(2, d.Line));
    }

    [Fact]
    public void An_unknown_field_is_a_warning_that_names_it_and_suggests_the_closest()
    {
        var (_, diagnostics) = Read("explainers/x.md", "---\ntitle: X\nsummary: S\nsoruces: [a]\n---\n");

        var warning = Assert.Single(diagnostics);
        Assert.Equal((Codes.UnknownField, Severity.Warning, 4, 1), (warning.Code, warning.Severity, warning.Line, warning.Column));
        Assert.Contains("'soruces'", warning.Message);
        Assert.Equal("did you mean 'sources'?", warning.Hint);
    }

    [Theory]
    [InlineData("reviewed: 2025-13-01", Codes.InvalidDate)]
    [InlineData("reviewed: yesterday", Codes.InvalidDate)]
    [InlineData("draft: maybe", Codes.WrongType)]
    [InlineData("order: first", Codes.WrongType)]
    [InlineData("tags: {a: b}", Codes.WrongType)]
    [InlineData("id: Not_A_Slug", Codes.InvalidId)]
    public void Badly_typed_values_are_errors_at_their_line(string line, string code)
    {
        var (_, diagnostics) = Read("explainers/x.md", $"---\ntitle: X\nsummary: S\n{line}\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal((code, 4), (error.Code, error.Line));
    }

    [Fact]
    public void A_file_name_that_is_not_a_slug_is_an_error_with_the_slug_to_use()
    {
        var (_, diagnostics) = Read("glossary/Title 50.md", "---\nterm: Title 50\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(Codes.InvalidId, error.Code);
        Assert.Contains("title-50", error.Hint);
    }

    [Fact]
    public void A_yaml_syntax_error_points_at_its_file_line()
    {
        var (item, diagnostics) = Read("explainers/x.md", "---\ntitle: X\nsummary: [unclosed\nreviewed: 2025-01-01\n---\nBody\n");

        Assert.Null(item);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Codes.YamlSyntax, error.Code);
        Assert.InRange(error.Line, 2, 5);
    }

    [Fact]
    public void Front_matter_that_never_closes_is_an_error_at_line_one()
    {
        var (_, diagnostics) = Read("explainers/x.md", "---\ntitle: X\nsummary: S\n\nBody text\n");

        Assert.Equal((Codes.UnclosedFrontMatter, 1), (diagnostics[0].Code, diagnostics[0].Line));
    }

    [Fact]
    public void Crlf_line_endings_and_positions_are_handled()
    {
        var bag = new DiagnosticBag();
        var item = ContentReader.Read("explainers/x.md", "input/explainers/x.md",
            "---\r\ntitle: X\r\nsummary: S\r\nduration: one-off\r\n---\r\nBody\r\n", bag);

        Assert.Equal("X", item!.Title);
        var warning = Assert.Single(bag.Sorted());
        Assert.Equal((Codes.UnknownField, 4), (warning.Code, warning.Line));
        Assert.Equal(6, item.BodyLine);
    }

    [Fact]
    public void Invalid_utf8_names_the_line_of_the_first_bad_byte()
    {
        var bag = new DiagnosticBag();
        byte[] bytes = [.. "---\ntitle: X\n---\nline four\nbad: "u8.ToArray(), 0xC3, 0x28, (byte)'\n'];

        var text = SourceText.Decode(bytes, "input/x.md", bag);

        Assert.Null(text);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal((Codes.InvalidUtf8, "input/x.md", 5), (error.Code, error.File, error.Line));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bag = new DiagnosticBag();
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "---\ntitle: X\n---\n"u8.ToArray()];

        Assert.Equal("---\ntitle: X\n---\n", SourceText.Decode(bytes, "x.md", bag));
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Kinds_follow_the_folder_and_subfolders_only_organise()
    {
        Assert.Equal(ContentKind.Option, ContentKinds.Classify("options/military/raid.md"));
        Assert.Equal(ContentKind.Home, ContentKinds.Classify("index.md"));
        Assert.Equal(ContentKind.Page, ContentKinds.Classify("about.md"));
        var (item, _) = Read("glossary/legal/title-50.md", "---\nterm: Title 50\n---\n");
        Assert.Equal("title-50", item!.Id);
    }
}
