using Markdig.Extensions.SmartyPants;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Parsing;

/// <summary>
/// Curly quotes, dashes and ellipses in running text (Markdig's SmartyPants; code spans and blocks keep their
/// characters). Each mark is the Unicode character itself, the same in the HTML and in plain text (headings, search,
/// tooltips), and none of them needs escaping in HTML text.
/// </summary>
public static class Typography
{
    public static SmartyPantOptions Options { get; } = MakeOptions();

    private static SmartyPantOptions MakeOptions()
    {
        var options = new SmartyPantOptions();
        foreach (var (type, text) in new Dictionary<SmartyPantType, string>
        {
            [SmartyPantType.Quote] = "'",
            [SmartyPantType.LeftQuote] = "\u2018",
            [SmartyPantType.RightQuote] = "\u2019",
            [SmartyPantType.DoubleQuote] = "\"",
            [SmartyPantType.LeftDoubleQuote] = "\u201C",
            [SmartyPantType.RightDoubleQuote] = "\u201D",
            [SmartyPantType.LeftAngleQuote] = "\u00AB",
            [SmartyPantType.RightAngleQuote] = "\u00BB",
            [SmartyPantType.Ellipsis] = "\u2026",
            [SmartyPantType.Dash2] = "\u2013",
            [SmartyPantType.Dash3] = "\u2014",
        })
        {
            options.Mapping[type] = text;
        }
        return options;
    }

    /// <summary>The character a typographic mark stands for.</summary>
    public static string Of(SmartyPant mark) => Options.Mapping.TryGetValue(mark.Type, out var text) ? text : "";

    /// <summary>
    /// An apostrophe SmartyPants left straight (it curls only quotes that pair up) becomes ’ where it follows a letter
    /// or digit (it's, the cartels' reach) or starts a number ('90s); one before a word is an opening quote with no
    /// closing one and stays. Only running text changes (literals; code keeps its characters).
    /// </summary>
    public static void CurlApostrophes(MarkdownDocument syntax)
    {
        foreach (var literal in syntax.Descendants<LiteralInline>())
        {
            var content = literal.Content.AsSpan();
            if (content.IndexOf('\'') < 0)
            {
                continue;
            }
            var chars = content.ToArray();
            for (var i = 0; i < chars.Length; i++)
            {
                var before = i > 0 ? chars[i - 1] : LastOf(literal.PreviousSibling);
                var after = i + 1 < chars.Length ? chars[i + 1] : FirstOf(literal.NextSibling);
                if (chars[i] == '\'' && (char.IsLetterOrDigit(before) || char.IsDigit(after)))
                {
                    chars[i] = '\u2019';
                }
            }
            literal.Content = new StringSlice(new string(chars));
        }
    }

    private static char LastOf(Inline? inline) =>
        inline is LiteralInline { Content.Length: > 0 } literal ? literal.Content.Text[literal.Content.End] : '\0';

    private static char FirstOf(Inline? inline) =>
        inline is LiteralInline { Content.Length: > 0 } literal ? literal.Content.Text[literal.Content.Start] : '\0';
}
