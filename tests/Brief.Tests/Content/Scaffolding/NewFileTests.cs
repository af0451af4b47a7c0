using System.Text.RegularExpressions;
using Brief.Content.Scaffolding;
using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Content.Scaffolding;

/// <summary>brief new: a file of each kind, written from the schema, that builds once its placeholders are filled.</summary>
public sealed partial class NewFileTests
{
    // what an editor would type into each empty required field
    private static readonly Dictionary<string, string> Filled = new(StringComparer.Ordinal)
    {
        ["summary"] = "A summary.", ["congress"] = "notify", ["host_nation_consent"] = "preferred", ["forces"] = "low",
        ["escalation"] = "medium", ["diplomatic"] = "high", ["intelligence_yield"] = "low", ["duration"] = "limited",
        ["kind"] = "person", ["date"] = "2025-02-04", ["to"] = "The National Security Advisor", ["from"] = "Briefing staff",
        ["recommendation"] = "raid",
    };

    [Theory]
    [InlineData("explainer", "Naval blockade basics", "explainers/naval-blockade-basics/")]
    [InlineData("option", "Naval blockade", "options/naval-blockade/")]
    [InlineData("term", "LNO", "glossary/lno/")]
    [InlineData("source", "A Former Official", "sources/a-former-official/")]
    [InlineData("event", "Blockade announced", "timeline/")]
    [InlineData("memo", "Decision on the blockade", "memos/decision-on-the-blockade/")]
    public void A_new_file_of_each_kind_builds_once_its_placeholders_are_filled(string kind, string title, string page)
    {
        using var site = FixtureSite.Minimal();
        var result = NewFile.Create(site.Input, kind, title);
        Assert.Null(result.Refused);

        var text = File.ReadAllText(result.Written!);
        var filled = EmptyRequired().Replace(text, m => Filled.TryGetValue(m.Groups[2].Value, out var value)
            ? $"{m.Groups[1].Value}{m.Groups[2].Value}: {value}  #"
            : m.Value); // a map (risk) has its fields on the lines below
        filled = filled.Replace("authorities: []", "authorities: [title-50]", StringComparison.Ordinal)
            .Replace("precedents: []", "precedents: [Operation Neptune Spear]", StringComparison.Ordinal)
            .Replace("TODO", "Some text.", StringComparison.Ordinal);
        File.WriteAllText(result.Written!, filled);

        var build = site.Build();
        // a new term is not used anywhere yet: that is the one warning it may have
        Assert.DoesNotContain(build.Diagnostics, d => d.Code != Brief.Core.Diagnostics.Codes.UnusedTerm);
        Assert.True(build.Written);
        Assert.Contains(title, site.Page(page).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_option_lists_every_field_with_its_allowed_values_and_the_conventional_sections()
    {
        using var site = FixtureSite.Minimal();
        var text = File.ReadAllText(NewFile.Create(site.Input, "option", "Naval blockade").Written!);

        foreach (var field in Brief.Content.Schema.Schemas.Option.Fields)
        {
            Assert.Matches($"(?m)^#? ?{field.Name}:", text);
        }
        Assert.Contains("congress:", text, StringComparison.Ordinal);
        Assert.Contains("One of: none | notify | authorize | disputed | not-stated.", text, StringComparison.Ordinal);
        Assert.Contains("For example: sofa, title-50", text, StringComparison.Ordinal); // ids that exist, to pick from
        Assert.Equal(["What it is", "Legal basis", "Requirements", "Risks", "Precedents", "Indicators to watch"],
            Regex.Matches(text, "(?m)^## (.+)$").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void Left_unfilled_it_does_not_build_and_every_empty_required_field_is_an_error_at_its_line()
    {
        using var site = FixtureSite.Minimal();
        NewFile.Create(site.Input, "option", "Naval blockade");

        var result = site.Build();

        Assert.False(result.Written);
        var errors = result.Diagnostics.Where(d => d.File == "input/options/naval-blockade.md" && d.Severity == Severity.Error).ToList();
        var congress = Assert.Single(errors, d => d.Message == "required field 'congress' is empty");
        Assert.Equal((Codes.MissingField, 11, 1), (congress.Code, congress.Line, congress.Column));
        Assert.Contains("Allowed values: none, notify, authorize", congress.Hint, StringComparison.Ordinal);
        Assert.Equal(14, Assert.Single(errors, d => d.Message == "required field 'risk.forces' is empty").Line);
        Assert.Equal(8, errors.Count);
    }

    [Fact]
    public void It_never_overwrites_and_never_reuses_an_id()
    {
        using var site = FixtureSite.Minimal();
        var original = File.ReadAllText(Path.Combine(site.Input, "options/raid.md"));

        var same = NewFile.Create(site.Input, "option", "Raid");
        var clash = NewFile.Create(site.Input, "explainer", "Raid");
        var unknown = NewFile.Create(site.Input, "report", "Raid");

        Assert.Contains("already exists; brief new never overwrites", same.Refused, StringComparison.Ordinal);
        Assert.Contains("already has the id 'raid'", clash.Refused, StringComparison.Ordinal);
        Assert.Contains("use one of: explainer, option, term, source, event, memo", unknown.Refused, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(Path.Combine(site.Input, "options/raid.md")));
        Assert.False(File.Exists(Path.Combine(site.Input, "explainers/raid.md")));
    }

    [Fact]
    public void A_new_memo_has_its_header_fields_a_commented_clearance_example_and_a_bottom_line_first()
    {
        using var site = FixtureSite.Minimal();
        var written = NewFile.Create(site.Input, "memo", "Decision on the blockade").Written!;
        var text = File.ReadAllText(written);

        Assert.Equal(Path.Combine(site.Input, "memos", "decision-on-the-blockade.md"), written);

        foreach (var field in Brief.Content.Schema.Schemas.Memo.Fields)
        {
            Assert.Matches($"(?m)^#? ?{field.Name}:", text);
        }
        Assert.Contains("title: \"Decision on the blockade\"", text, StringComparison.Ordinal);
        Assert.Matches("(?m)^recommendation: +# required\\.", text);
        Assert.Contains("#   - office: ..., position: concur | nonconcur | split | pending, note: ...", text, StringComparison.Ordinal);
        Assert.Equal(["Bottom line up front", "Background", "Discussion"], Regex.Matches(text, "(?m)^## (.+)$").Select(m => m.Groups[1].Value));
    }

    [GeneratedRegex(@"(?m)^( *)([a-z_]+):\s+# required\.")]
    private static partial Regex EmptyRequired();
}
