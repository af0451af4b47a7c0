using System.Globalization;
using System.Security.Cryptography;
using System.Text;

// brief-corpus OUTDIR N [--seed S] [--force]: writes a synthetic briefing of N pages to OUTDIR/content, per
// shared/spec/briefing-site.md, and prints a SHA-256 digest over every file (sorted path, NUL, bytes, NUL).
// The output depends only on (N, seed).
var positional = new List<string>();
ulong seed = 1;
var force = false;
for (var a = 0; a < args.Length; a++)
{
    if (args[a] == "--seed" && a + 1 < args.Length && ulong.TryParse(args[++a], NumberStyles.None, CultureInfo.InvariantCulture, out var s))
    {
        seed = s;
    }
    else if (args[a] == "--force")
    {
        force = true;
    }
    else if (!args[a].StartsWith("--", StringComparison.Ordinal))
    {
        positional.Add(args[a]);
    }
    else
    {
        positional.Clear();
        break;
    }
}
if (positional.Count != 2 || !int.TryParse(positional[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 2)
{
    Console.Error.WriteLine("usage: brief-corpus OUTDIR N [--seed S] [--force]   (N >= 2 pages; --force replaces OUTDIR/content)");
    return 2;
}

var content = Path.Combine(positional[0], "content");
if (Directory.Exists(content) && Directory.EnumerateFileSystemEntries(content).Any())
{
    if (!force)
    {
        Console.Error.WriteLine($"{content} exists and is not empty (use --force to replace it)");
        return 2;
    }
    Directory.Delete(content, recursive: true);
}

var files = new Brief.Corpus.Corpus(seed, n).Files().OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
long bytes = 0;
foreach (var (path, make) in files)
{
    var data = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(make());
    var full = Path.Combine(content, path);
    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
    File.WriteAllBytes(full, data);
    digest.AppendData(Encoding.UTF8.GetBytes(path));
    digest.AppendData([0]);
    digest.AppendData(data);
    digest.AppendData([0]);
    bytes += data.Length;
}
Console.WriteLine($"wrote {files.Count} files ({(n + 1) / 2} explainers, {n / 2} options, {Brief.Corpus.Vocabulary.Terms.Length} glossary terms, "
    + $"{Brief.Corpus.Vocabulary.Sources.Length} sources, 20 events) to {content}");
Console.WriteLine(FormattableString.Invariant($"bytes {bytes} ({bytes / 1e6:F1} MB)"));
Console.WriteLine($"sha256 {Convert.ToHexStringLower(digest.GetHashAndReset())}");
return 0;
