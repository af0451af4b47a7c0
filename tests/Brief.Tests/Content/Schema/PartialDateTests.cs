using Brief.Content.Schema;

namespace Brief.Tests.Content.Schema;

public class PartialDateTests
{
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
