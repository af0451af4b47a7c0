using Brief.Word;

namespace Brief.Tests.Word;

/// <summary>Where a page's link goes in the Word file, and the bookmark names Word accepts.</summary>
public class LinkTargetsTests
{
    private static readonly HashSet<string> Ids = ["b-fto", "matrix"];

    private static LinkTargets Targets(string? siteUrl = null) =>
        new(Ids, new WordSettings("/cables/", siteUrl, new DateTime(2025, 2, 4, 0, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void Links_within_the_document_go_to_bookmarks()
    {
        Assert.Equal(new LinkTarget("b_matrix", null), Targets().Resolve("#matrix"));
        Assert.Equal(new LinkTarget("b_b_fto", null), Targets().Resolve("/cables/glossary/fto/"));
        Assert.Null(Targets().Resolve("#elsewhere"));
    }

    [Fact]
    public void Links_outside_go_to_absolute_urls_or_are_plain_text_when_the_site_url_is_unknown()
    {
        Assert.Equal(new LinkTarget(null, "https://example.org/a?b=c"), Targets().Resolve("https://example.org/a?b=c"));
        Assert.Null(Targets().Resolve("/cables/options/raid/"));
        Assert.Equal(new LinkTarget(null, "https://briefs.example.org/cables/options/raid/"),
            Targets("https://briefs.example.org/cables/").Resolve("/cables/options/raid/"));
        Assert.Null(Targets().Resolve("javascript:alert(1)"));
        Assert.Null(Targets().Resolve(""));
    }

    [Fact]
    public void Bookmark_names_are_short_word_names_and_distinct()
    {
        var long1 = Bookmarks.Name("b-a-very-long-identifier-of-a-section-in-the-brief-one");
        var long2 = Bookmarks.Name("b-a-very-long-identifier-of-a-section-in-the-brief-two");
        Assert.True(long1.Length <= 40 && long2.Length <= 40);
        Assert.NotEqual(long1, long2);
        Assert.Matches("^[A-Za-z][A-Za-z0-9_]*$", long1);
        Assert.Equal("b_b_fto", Bookmarks.Name("b-fto"));
    }
}
