using System.Buffers;
using System.Text;

namespace Brief.Markdown.Rendering;

/// <summary>
/// A rendered body, kept as UTF-8 until its page is written: half the memory of a .NET string, which matters
/// when every page of a large site is rendered before the first is laid out.
/// </summary>
public sealed class HtmlFragment : IHtml
{
    private readonly ReadOnlyMemory<byte> _utf8;

    public HtmlFragment(string html) => _utf8 = Encoding.UTF8.GetBytes(html);

    private HtmlFragment(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    /// <summary>HTML written by <paramref name="write"/>, kept as the UTF-8 it was written as.</summary>
    public static HtmlFragment Write(Action<TextWriter> write)
    {
        using var stream = new PooledBuffer();
        using (var writer = new Utf8Writer(stream, leaveOpen: true))
        {
            write(writer);
        }
        return new HtmlFragment(stream.ToArray());
    }

    public static HtmlFragment Empty { get; } = new("");

    /// <summary>HTML kept as UTF-8 elsewhere (a build cache read from disk), taken as it is, not copied: the bytes must not change.</summary>
    public static HtmlFragment FromUtf8(ReadOnlyMemory<byte> utf8) => new(utf8);

    public bool IsEmpty => _utf8.Length == 0;

    public ReadOnlySpan<byte> Utf8 => _utf8.Span;

    public void WriteTo(TextWriter writer)
    {
        if (writer is Utf8Writer utf8)
        {
            utf8.WriteUtf8(_utf8.Span);
            return;
        }
        var decoder = Encoding.UTF8.GetDecoder();
        var buffer = ArrayPool<char>.Shared.Rent(8192);
        try
        {
            var bytes = _utf8.Span;
            while (bytes.Length > 0)
            {
                var take = Math.Min(bytes.Length, 8192 - 4);
                var chars = decoder.GetChars(bytes[..take], buffer, flush: take == bytes.Length);
                writer.Write(buffer, 0, chars);
                bytes = bytes[take..];
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public override string ToString() => Encoding.UTF8.GetString(_utf8.Span);
}
