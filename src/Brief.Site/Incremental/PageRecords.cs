using System.Text.Json;
using System.Text.Json.Serialization;

namespace Brief.Site.Incremental;

/// <summary>
/// What each written file was made from, recorded for the next build: an unchanged page is hard-linked from the
/// previous output (or left in place, in brief serve) instead of laid out again. brief build saves the records of a
/// published build in its cache folder (<see cref="Save"/>) and the next build reads them (<see cref="Read"/>); brief
/// serve keeps them in memory. Records of a build that was not published are dropped.
/// </summary>
public sealed class PageRecords
{
    /// <summary>A file as written: the fingerprints of its inputs and of its layout and model, and its length and time.</summary>
    public sealed record Record(string Inputs, string Key, long Length, long Modified);

    private const string FileName = "pages.json";

    // records written by another build of brief are not trusted: its templates engine or models may differ
    private static readonly string Version = typeof(PageRecords).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly Generations<string, Record> _records = new(StringComparer.Ordinal);
    private int _reused;
    private int _modeled;

    /// <summary>How many pages this build took unchanged from the previous output.</summary>
    public int Reused => _reused;

    /// <summary>How many pages' models this build built to tell by their fingerprint whether they changed (for the trace).</summary>
    public int Models => _modeled;

    /// <summary>Counts a page whose model was built.</summary>
    public void Modeled() => Interlocked.Increment(ref _modeled);

    /// <summary>Whether an earlier build's records were read (or kept): a build then knows which files of the output it may leave.</summary>
    public bool HasRecords => _records.Last.Count > 0;

    /// <summary>
    /// Every file the last published build left in its output (output paths, '/' separated): brief serve keeps it, brief
    /// build saves it with the records, so an update knows what to remove without listing the output.
    /// </summary>
    public IReadOnlySet<string>? OutputFiles { get; set; }

    /// <summary>
    /// The record of the file at <paramref name="path"/> if the previous build wrote it into
    /// <paramref name="previousOutput"/> and it is still there as written (same length and time; not checked when
    /// <paramref name="trustFiles"/>, for a folder only brief writes).
    /// </summary>
    public Record? Written(string path, string previousOutput, bool trustFiles)
    {
        if (!_records.TryGetLast(path, out var record))
        {
            return null;
        }
        if (trustFiles)
        {
            return record;
        }
        var file = new FileInfo(Path.Combine(previousOutput, path));
        return file.Exists && file.Length == record.Length && file.LastWriteTimeUtc.Ticks == record.Modified ? record : null;
    }

    /// <summary>
    /// Records a file of this build (a page, or another file written by its fingerprint, not counted as a page when
    /// <paramref name="isPage"/> is false): taken as it was (<paramref name="reused"/>), or written anew.
    /// </summary>
    public void Remember(string path, string inputs, string key, string writtenFile, Record? reused, bool isPage = true)
    {
        if (reused is not null)
        {
            _records.Remember(path, reused with { Inputs = inputs, Key = key });
            if (isPage)
            {
                Interlocked.Increment(ref _reused);
            }
            return;
        }
        var file = new FileInfo(writtenFile);
        _records.Remember(path, new Record(inputs, key, file.Length, file.LastWriteTimeUtc.Ticks));
    }

    /// <summary>Forgets every record: the output can no longer be trusted to hold what they say.</summary>
    public void Forget()
    {
        OutputFiles = null;
        _records.Reset();
    }

    /// <summary>Ends a build: its records become the last ones if it was published.</summary>
    internal void Turn(bool published)
    {
        _records.Turn(keep: published);
        (_reused, _modeled) = (0, 0);
    }

    /// <summary>
    /// Takes the records a previous build saved in <paramref name="folder"/>, into records that hold none yet; anything
    /// unreadable is a clean start.
    /// </summary>
    internal void Read(string folder)
    {
        try
        {
            var saved = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(folder, FileName)), SavedJson.Default.Saved);
            if (saved?.Version == Version && saved.Pages is not null)
            {
                _records.Reset(saved.Pages);
                OutputFiles = saved.Files?.ToHashSet(StringComparer.Ordinal);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            // no records, or not ones we wrote: build from scratch
        }
    }

    /// <summary>Saves this build's records, once it is published, into <paramref name="folder"/> (written aside, then moved).</summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, FileName);
        var temporary = target + ".tmp";
        var records = new SortedDictionary<string, Record>(_records.Next.ToDictionary(), StringComparer.Ordinal);
        var saved = new Saved(Version, records) { Files = OutputFiles?.Order(StringComparer.Ordinal).ToList() };
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(saved, SavedJson.Default.Saved));
        File.Move(temporary, target, overwrite: true);
    }

    internal sealed record Saved(string Version, IDictionary<string, Record>? Pages)
    {
        /// <summary>Every file the build left in its output (<see cref="OutputFiles"/>).</summary>
        public IReadOnlyList<string>? Files { get; init; }
    }
}

/// <summary>The records file's serializer, made at compile time (no reflection: the published brief is native).</summary>
[JsonSerializable(typeof(PageRecords.Saved))]
internal sealed partial class SavedJson : JsonSerializerContext;
