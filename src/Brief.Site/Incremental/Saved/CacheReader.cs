using System.Text;

namespace Brief.Site.Incremental.Saved;

/// <summary>
/// Reads a saved cache held in memory (an array or a mapped file). Texts are decoded straight from the memory in one
/// call: BinaryReader's own ReadString decodes a long text in small chunks through a StringBuilder, and a cache is
/// mostly long texts. <see cref="ReadMemory"/> takes bytes as a slice of that memory, not a copy.
/// </summary>
internal sealed class CacheReader : BinaryReader
{
    private readonly MemoryReadStream _stream;

    private CacheReader(MemoryReadStream stream) : base(stream, Encoding.UTF8) => _stream = stream;

    public static CacheReader Over(ReadOnlyMemory<byte> memory) => new(new MemoryReadStream(memory));

    public override string ReadString()
    {
        var length = Read7BitEncodedInt();
        return Encoding.UTF8.GetString(_stream.Take(length).Span);
    }

    /// <summary>A length, then that many bytes, as a slice of the memory being read.</summary>
    public ReadOnlyMemory<byte> ReadMemory() => _stream.Take(ReadInt32());

    /// <summary>A stream over memory, for BinaryReader's reading of numbers.</summary>
    private sealed class MemoryReadStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int _position;

        public ReadOnlyMemory<byte> Take(int length)
        {
            if (length < 0 || length > memory.Length - _position)
            {
                throw new EndOfStreamException("A value in the build cache runs past its end.");
            }
            var taken = memory.Slice(_position, length);
            _position += length;
            return taken;
        }

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(buffer.Length, memory.Length - _position);
            memory.Span.Slice(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int ReadByte() => _position < memory.Length ? memory.Span[_position++] : -1;

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => memory.Length;

        public override long Position
        {
            get => _position;
            set => _position = (int)Math.Clamp(value, 0, memory.Length);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => memory.Length + offset,
        };

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
