using System.Text;
using Brief.Site.Model;
using Brief.Site.Modules;

namespace Brief.Tests.Site.Modules;

/// <summary>An offline page written through: every root mark, raw or URL-escaped, becomes the page's path to the root.</summary>
public class RootRelativeStreamTests
{
    private const string Mark = Urls.OfflineRoot;
    private const string EscapedMark = "%EF%B7%90";

    private static string Written(string root, params byte[][] writes) => Encoding.UTF8.GetString(WrittenBytes(root, writes));

    private static byte[] WrittenBytes(string root, params byte[][] writes)
    {
        var inner = new MemoryStream();
        using (var stream = new RootRelativeStream(inner, root))
        {
            foreach (var write in writes)
            {
                stream.Write(write, 0, write.Length);
            }
        }
        return inner.ToArray();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Raw_and_escaped_marks_become_the_root()
    {
        var page = $"<a href=\"{Mark}options/raid/index.html\">Raid</a><img src=\"{EscapedMark}assets/a%20b.svg\">{Mark}";

        Assert.Equal("<a href=\"../../options/raid/index.html\">Raid</a><img src=\"../../assets/a%20b.svg\">../../", Written("../../", Utf8(page)));
    }

    [Fact]
    public void At_the_top_of_the_site_the_root_is_empty()
    {
        Assert.Equal("<a href=\"glossary/index.html\">", Written("", Utf8($"<a href=\"{Mark}glossary/index.html\">")));
    }

    [Fact]
    public void A_mark_split_between_writes_at_any_byte_is_still_replaced()
    {
        var page = Utf8($"a{Mark}b {EscapedMark}c");
        for (var split = 0; split <= page.Length; split++)
        {
            Assert.Equal("a../b ../c", Written("../", page[..split], page[split..]));
        }
    }

    [Fact]
    public void A_mark_written_one_byte_at_a_time_is_replaced()
    {
        var page = Utf8($"x{Mark}y{EscapedMark}z");

        Assert.Equal("x../y../z", Written("../", [.. page.Select(b => new[] { b })]));
    }

    [Theory]
    [InlineData("50% of \u2019quoted\u2019 text, %E2%80%99 and %EF%B7%91")] // a percent, another noncharacter's escape, a near miss
    [InlineData("\uFDD1 \uFDEF \uFFFD")] // characters whose UTF-8 starts as the mark's does
    [InlineData("ends with a partial escape %EF%B7")]
    [InlineData("ends with %")]
    public void Text_that_only_starts_like_a_mark_passes_through_unchanged(string text)
    {
        Assert.Equal(text, Written("../", Utf8(text)));
    }

    [Fact]
    public void What_might_have_started_a_mark_is_written_as_it_is_when_the_stream_ends()
    {
        var partialRaw = Utf8(Mark)[..2];

        Assert.Equal([.. Utf8("tail"), .. partialRaw], WrittenBytes("../", Utf8("tail"), partialRaw));
    }
}
