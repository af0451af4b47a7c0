using Brief.Content.Schema;

namespace Brief.Tests.Content;

public class SmallPartsTests
{
    [Theory]
    [InlineData("title-50", true)]
    [InlineData("mq-9", true)]
    [InlineData("Title-50", false)]
    [InlineData("title--50", false)]
    [InlineData("-title", false)]
    [InlineData("title_50", false)]
    [InlineData("", false)]
    public void Slugs(string value, bool valid) => Assert.Equal(valid, Slug.IsValid(value));

    [Theory]
    [InlineData("Title 50 (U.S.C.)", "title-50-u-s-c")]
    [InlineData("Señor Pardo", "senor-pardo")]
    [InlineData("  Naval blockade! ", "naval-blockade")]
    public void Slug_from_a_title(string title, string slug) => Assert.Equal(slug, Slug.From(title));

    [Fact]
    public void Nearest_suggests_only_close_candidates()
    {
        Assert.Equal("sources", Nearest.Match("soruces", ["summary", "sources", "tags"]));
        Assert.Null(Nearest.Match("zebra", ["summary", "sources", "tags"]));
    }

    [Fact]
    public void Nearest_breaks_a_tie_the_same_way_whatever_order_the_candidates_come_in()
    {
        Assert.Equal("raid-b", Nearest.Match("raid-x", ["raid-c", "raid-b"]));
        Assert.Equal("raid-b", Nearest.Match("raid-x", ["raid-b", "raid-c"]));
    }

    [Fact]
    public void Partial_dates_parse_sort_and_display()
    {
        string[] inputs = ["2011-05-01", "2011", "2011-05", "1986"];
        var dates = inputs.Select(t => PartialDate.TryParse(t, out var d) ? d : throw new FormatException(t)).Order().ToList();

        Assert.Equal(["1986", "2011", "2011-05", "2011-05-01"], dates.Select(d => d.ToString()));
        Assert.Equal(["1986", "2011", "May 2011", "1 May 2011"], dates.Select(d => d.Display()));
        Assert.False(PartialDate.TryParse("2011-13", out _));
        Assert.False(PartialDate.TryParse("May 2011", out _));
    }
}
