using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Brief.Site.Incremental;

namespace Brief.Tests.Site.Incremental;

/// <summary>The build cache's keys: a SHA-256 over values each written with its length, the same however they are buffered.</summary>
public class FingerprintTests
{
    [Fact]
    public void The_same_values_give_the_same_fingerprint_from_separate_instances()
    {
        var first = Fingerprint.Of("site.yml", "title: T", null, "");
        var second = Fingerprint.Of("site.yml", "title: T", null, "");

        Assert.Equal(first, second);
        Assert.Matches("^[0-9A-F]{64}$", first);
    }

    [Fact]
    public void It_is_the_sha256_of_each_value_as_its_length_then_its_utf8()
    {
        Assert.Equal(Expected("é", "ab"), Fingerprint.Of("é", "ab"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Changing_any_one_value_changes_the_fingerprint(int which)
    {
        string?[] values = ["input/options/raid.md", "title: Raid", "body"];
        var changed = values.ToArray();
        changed[which] += "!";

        Assert.NotEqual(Fingerprint.Of(values), Fingerprint.Of(changed));
    }

    [Fact]
    public void Values_are_not_run_together_and_their_order_counts()
    {
        Assert.NotEqual(Fingerprint.Of("ab", "c"), Fingerprint.Of("a", "bc"));
        Assert.NotEqual(Fingerprint.Of("a", "b"), Fingerprint.Of("b", "a"));
        Assert.NotEqual(Fingerprint.Of((string?)null), Fingerprint.Of(""));
        Assert.NotEqual(Fingerprint.Of(""), Fingerprint.Of());
    }

    [Fact]
    public void Values_larger_than_its_buffer_hash_as_if_written_at_once()
    {
        var long1 = string.Concat(Enumerable.Repeat("é€a", 9_000)); // over 16 KiB of UTF-8, with two- and three-byte characters
        var long2 = new string('x', 40_000);

        Assert.Equal(Expected("head", long1, long2, "tail"), Fingerprint.Of("head", long1, long2, "tail"));
    }

    [Fact]
    public void Bytes_are_written_with_their_length_however_many_there_are()
    {
        var small = new byte[] { 1, 2, 3 };
        var large = Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray();
        using var fingerprint = new Fingerprint();

        var digest = fingerprint.Add("s").Add(small).Add(large).Add(7).Finish();

        Assert.Equal(Hex([.. Text("s"), .. Int(3), .. small, .. Int(large.Length), .. large, .. Int(7)]), digest);
    }

    [Fact]
    public void Finish_starts_afresh_so_an_instance_gives_the_same_fingerprint_again()
    {
        using var fingerprint = new Fingerprint();
        var big = new string('y', 30_000);

        var small1 = fingerprint.Add("a").Finish();
        var small2 = fingerprint.Add("a").Finish();
        var large1 = fingerprint.Add(big).Finish();
        var large2 = fingerprint.Add(big).Finish();

        Assert.Equal((small1, large1), (small2, large2));
        Assert.Equal(Fingerprint.Of("a"), small1);
        Assert.Equal(Fingerprint.Of(big), large1);
    }

    [Fact]
    public void Joined_keys_keep_their_parts_apart()
    {
        Assert.Equal("ab\0c", Fingerprint.Joined("ab", "c"));
        Assert.NotEqual(Fingerprint.Joined("ab", "c"), Fingerprint.Joined("a", "bc"));
    }

    private static string Expected(params string[] values) => Hex([.. values.SelectMany(Text)]);

    private static byte[] Text(string value) => [.. Int(value.Length), .. Encoding.UTF8.GetBytes(value)];

    private static byte[] Int(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));
}
