using System.Text;
using Brief.Site.Model;

namespace Brief.Site.Modules;

/// <summary>
/// Writes a page of an offline copy through to its file, turning every <see cref="Urls.OfflineRoot"/> mark into the
/// relative path from the page to the site's root: as the UTF-8 of the character, and as a URL writer escapes it
/// (%EF%B7%90). Pages are written once, so bodies, glossary links and templates share one set of addresses and the
/// page alone knows how deep it is. A mark split between two writes is held until the next.
/// </summary>
public sealed class RootRelativeStream(Stream inner, string root) : Stream
{
    private static readonly byte[] Raw = Encoding.UTF8.GetBytes(Urls.OfflineRoot);
    private static readonly byte[] Escaped = Encoding.ASCII.GetBytes(string.Concat(Raw.Select(b => $"%{b:X2}")));

    private readonly byte[] _root = Encoding.UTF8.GetBytes(root);
    private byte[] _held = [];

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_held.Length > 0)
        {
            byte[] joined = [.. _held, .. buffer];
            _held = [];
            Replace(joined);
            return;
        }
        Replace(buffer);
    }

    private void Replace(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var at = bytes.IndexOfAny(Raw[0], Escaped[0]);
            if (at < 0)
            {
                inner.Write(bytes);
                return;
            }
            inner.Write(bytes[..at]);
            bytes = bytes[at..];
            var mark = bytes[0] == Raw[0] ? Raw : Escaped;
            if (bytes.StartsWith(mark))
            {
                inner.Write(_root);
                bytes = bytes[mark.Length..];
            }
            else if (bytes.Length < mark.Length && mark.AsSpan().StartsWith(bytes))
            {
                _held = bytes.ToArray(); // the rest may come with the next write
                return;
            }
            else
            {
                inner.Write(bytes[..1]);
                bytes = bytes[1..];
            }
        }
    }

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Write(_held);
            _held = [];
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
