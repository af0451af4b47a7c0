using Brief.Content.Schema;

namespace Brief.Tests.Content.Schema;

public class NearestTests
{
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
}
