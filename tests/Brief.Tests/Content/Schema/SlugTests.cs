using Brief.Content.Schema;

namespace Brief.Tests.Content.Schema;

public class SlugTests
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
}
