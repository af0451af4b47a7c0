using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Brief.Site.Incremental;

/// <summary>
/// A SHA-256 over a sequence of values, each written with its length so that ("ab", "c") and ("a", "bc") differ.
/// Keys of the build cache are fingerprints of everything an output depends on. Values are gathered into a buffer
/// and hashed a block at a time: a page model is thousands of short strings.
/// </summary>
public sealed class Fingerprint : IDisposable
{
    private const int Size = 1 << 14;
    private IncrementalHash? _hash; // made only when the values outgrow the buffer
    private readonly byte[] _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Size);
    private int _used;

    public Fingerprint Add(string? text)
    {
        if (text is null)
        {
            return Add(-1);
        }
        Add(text.Length);
        var chars = text.AsSpan();
        while (!chars.IsEmpty)
        {
            if (Size - _used < 3 * 64)
            {
                Flush();
            }
            var take = Math.Min(chars.Length, (Size - _used) / 3);
            _used += Encoding.UTF8.GetBytes(chars[..take], _buffer.AsSpan(_used));
            chars = chars[take..];
        }
        return this;
    }

    public Fingerprint Add(int value)
    {
        if (Size - _used < 4)
        {
            Flush();
        }
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_used), value);
        _used += 4;
        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        if (bytes.Length <= Size - _used)
        {
            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
            return this;
        }
        Flush();
        Hash.AppendData(bytes);
        return this;
    }

    public string Finish()
    {
        if (_hash is null)
        {
            var digest = Convert.ToHexString(SHA256.HashData(_buffer.AsSpan(0, _used)));
            _used = 0;
            return digest;
        }
        Flush();
        return Convert.ToHexString(_hash.GetHashAndReset());
    }

    public static string Of(params string?[] values)
    {
        using var fingerprint = new Fingerprint();
        foreach (var value in values)
        {
            fingerprint.Add(value);
        }
        return fingerprint.Finish();
    }

    /// <summary>
    /// A key made of fingerprints, ids and fixed words (none holding a NUL), joined rather than hashed: for keys of
    /// what a build keeps in memory, looked up thousands of times per build, where a SHA-256 each cost more than
    /// the lookup. Parts are NUL-separated, so ("ab", "c") and ("a", "bc") differ.
    /// </summary>
    public static string Joined(params string?[] parts) => string.Join('\0', parts);

    public void Dispose()
    {
        _hash?.Dispose();
        System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
    }

    private IncrementalHash Hash => _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    private void Flush()
    {
        Hash.AppendData(_buffer, 0, _used);
        _used = 0;
    }
}
