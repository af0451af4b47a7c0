using Brief.Markdown.Links;
using CsCheck;

namespace Brief.Tests.Markdown.Links;

/// <summary>How a link's scheme is read, as browsers read it: what decides whether a link is external or refused.</summary>
public class SafeUrlTests
{
    [Theory]
    [InlineData("https://example.org/a", "https")]
    [InlineData("MAILTO:someone@example.org", "MAILTO")]
    [InlineData(" java\tscript:alert(1)", "javascript")] // browsers drop tabs, newlines and spaces
    [InlineData("java\u0001script:alert(1)", "javascript")]
    [InlineData("data:text/html,x", "data")]
    [InlineData("options/raid.md", null)]
    [InlineData("raid.md#risks:one", null)] // the colon comes after a '#': a relative link
    [InlineData("../a:b", null)]
    [InlineData("?q=a:b", null)]
    [InlineData(":nothing", null)]
    [InlineData("sch\u00E9me:x", null)] // not a scheme's characters
    [InlineData("", null)]
    public void The_scheme_is_what_comes_before_the_first_colon_once_ignored_characters_are_left_out(string url, string? scheme)
    {
        Assert.Equal(scheme, SafeUrl.Scheme(url));
        Assert.Equal(scheme is not null, SafeUrl.IsAbsolute(url));
    }

    [Fact]
    public void Any_text_reads_as_the_definition_says()
    {
        var alphabet = Gen.OneOf(Gen.Const(':'), Gen.Const('/'), Gen.Const('?'), Gen.Const('#'), Gen.Const(' '), Gen.Const('\t'),
            Gen.Const('\u0001'), Gen.Const('\u00A0'), Gen.Const('+'), Gen.Const('.'), Gen.Const('-'), Gen.Const('\u00E9'), Gen.Char['a', 'z'],
                Gen.Char['0', '9']);
        alphabet.Array[0, 16].Select(chars => new string(chars)).Sample(url => Assert.Equal(Definition(url), SafeUrl.Scheme(url)), iter: 5_000);
    }

    /// <summary>The rule written plainly: drop what browsers ignore, then take what is before the first ':'.</summary>
    private static string? Definition(string url)
    {
        var cleaned = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        var slash = cleaned.IndexOfAny(['/', '?', '#']);
        if (colon <= 0 || (slash >= 0 && slash < colon))
        {
            return null;
        }
        var candidate = cleaned[..colon];
        return candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? candidate : null;
    }
}
