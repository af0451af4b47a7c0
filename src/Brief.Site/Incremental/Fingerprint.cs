using System.Security.Cryptography;
using System.Text;

namespace Brief.Site.Incremental;

/// <summary>
/// A SHA-256 over a sequence of values, each written with its length so that ("ab", "c") and ("a", "bc") differ.
/// Keys of the build cache are fingerprints of everything an output depends on.
/// </summary>
public sealed class Fingerprint : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[4096];

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
            var take = Math.Min(chars.Length, _buffer.Length / 3);
            var bytes = Encoding.UTF8.GetBytes(chars[..take], _buffer);
            _hash.AppendData(_buffer, 0, bytes);
            chars = chars[take..];
        }
        return this;
    }

    public Fingerprint Add(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        _hash.AppendData(bytes);
        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        _hash.AppendData(bytes);
        return this;
    }

    public string Finish() => Convert.ToHexString(_hash.GetHashAndReset());

    public static string Of(params string?[] values)
    {
        using var fingerprint = new Fingerprint();
        foreach (var value in values)
        {
            fingerprint.Add(value);
        }
        return fingerprint.Finish();
    }

    public void Dispose() => _hash.Dispose();
}
