using System.Text;
using Brief.Markdown.Rendering;
using CsCheck;

namespace Brief.Tests.Markdown.Rendering;

/// <summary>
/// Pages are written through <see cref="Utf8Writer"/>, which takes rendered bodies as the UTF-8 they are kept as:
/// whatever mix of text, characters and UTF-8 goes in, the file holds exactly the UTF-8 of the text, in order.
/// </summary>
public sealed class Utf8WriterTests
{
    // text as editors write it: ASCII, accented letters, CJK, emoji (surrogate pairs), and long runs past the buffer
    private static readonly Gen<string> Text = Gen.Frequency(
        (6, Gen.OneOf(Gen.Const("<p>"), Gen.Const("Title 50 "), Gen.Const("é"), Gen.Const("—"), Gen.Const("中文"), Gen.Const("🇲🇽"), Gen.Const("😀 "))
            .Array[1, 12].Select(parts => string.Concat(parts))),
        (1, Gen.Int[1, 200_000].Select(n => new string('x', n) + "ü")));

    /// <summary>One write: text in arbitrary slices (a pair may be split between two), one character at a time, or as UTF-8.</summary>
    private static readonly Gen<(int How, string Text, int Cut)> Write = Gen.Select(Gen.Int[0, 2], Text, Gen.Int[0, 1000]);

    [Fact]
    public void Any_mix_of_text_characters_and_utf8_is_written_as_the_utf8_of_the_whole_text()
    {
        Write.Array[0, 12].Sample(writes =>
        {
            using var stream = new MemoryStream();
            var expected = new StringBuilder();
            using (var writer = new Utf8Writer(stream, leaveOpen: true))
            {
                foreach (var (how, text, cut) in writes)
                {
                    expected.Append(text);
                    switch (how)
                    {
                        case 0:
                            var at = cut % (text.Length + 1);
                            writer.Write(text.AsSpan(0, at));
                            writer.Write(text[at..]);
                            break;
                        case 1:
                            foreach (var c in text.Take(2000))
                            {
                                writer.Write(c);
                            }
                            writer.Write(text.Length > 2000 ? text[2000..] : "");
                            break;
                        default:
                            writer.WriteUtf8(Encoding.UTF8.GetBytes(text));
                            break;
                    }
                }
            }
            Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), stream.ToArray());
        }, iter: 300);
    }

    [Fact]
    public void A_body_kept_as_utf8_goes_into_a_page_as_it_is_and_into_other_writers_as_text()
    {
        var body = HtmlFragment.Write(writer => writer.Write("<p>Señor 😀 — Title 50</p>"));
        using var stream = new MemoryStream();
        using (var writer = new Utf8Writer(stream, leaveOpen: true))
        {
            writer.Write("<main>");
            body.WriteTo(writer);
            writer.Write("</main>");
        }
        using var text = new StringWriter();
        body.WriteTo(text);

        Assert.Equal("<main><p>Señor 😀 — Title 50</p></main>", Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal("<p>Señor 😀 — Title 50</p>", text.ToString());
        Assert.False(stream.ToArray().AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
    }
}
