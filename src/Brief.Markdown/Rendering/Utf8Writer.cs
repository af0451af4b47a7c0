using System.Buffers;
using System.Text;

namespace Brief.Markdown.Rendering;

/// <summary>
/// A writer that encodes text as UTF-8 into a stream and takes UTF-8 as it is (<see cref="WriteUtf8"/>): a body kept
/// as UTF-8 (<see cref="HtmlFragment"/>) goes into its page without being decoded into characters and encoded back.
/// Buffers 64 KiB before each write to the stream, so a small page is one write. No byte order mark.
/// </summary>
public sealed class Utf8Writer(Stream stream, bool leaveOpen = false) : TextWriter
{
    private const int Size = 1 << 16;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Size);
    private int _length;

    public override Encoding Encoding => Utf8;

    private bool _pending; // the last character written was a high surrogate, held by the encoder for its pair

    public override void Write(char value)
    {
        if (value < 0x80 && !_pending)
        {
            Room();
            _buffer[_length++] = (byte)value;
            return;
        }
        Write([value]);
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }
        _pending = char.IsHighSurrogate(chars[^1]);
        while (!chars.IsEmpty)
        {
            Room();
            _encoder.Convert(chars, _buffer.AsSpan(_length), flush: false, out var used, out var written, out _);
            _length += written;
            chars = chars[used..];
        }
    }

    /// <summary>Writes bytes that are already UTF-8, as they are.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        // a high surrogate written last is waiting for its pair, which UTF-8 from elsewhere cannot bring
        Room();
        _encoder.Convert([], _buffer.AsSpan(_length), flush: true, out _, out var pending, out _);
        _length += pending;
        _pending = false;
        if (utf8.Length > Size - _length)
        {
            Spill();
            if (utf8.Length >= Size)
            {
                stream.Write(utf8);
                return;
            }
        }
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    public override void Flush()
    {
        Room();
        _encoder.Convert([], _buffer.AsSpan(_length), flush: true, out _, out var pending, out _);
        _length += pending;
        _pending = false;
        Spill();
        stream.Flush();
    }

    /// <summary>Makes room for at least one more encoded character (the encoder refuses a smaller space).</summary>
    private void Room()
    {
        if (Size - _length < 16)
        {
            Spill();
        }
    }

    private void Spill()
    {
        if (_length > 0)
        {
            stream.Write(_buffer, 0, _length);
            _length = 0;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            try
            {
                Flush();
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = [];
                if (!leaveOpen)
                {
                    stream.Dispose();
                }
            }
        }
        base.Dispose(disposing);
    }
}
