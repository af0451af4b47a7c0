using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Markdown.Parsing;
using Brief.Markdown.Rendering;

namespace Brief.Site.Incremental;

/// <summary>
/// What earlier builds made, by the fingerprint of everything it depends on, so a rebuild redoes only what a
/// change affects. Read files and rendered bodies are kept in memory (for <c>brief serve</c>, which builds again
/// and again in one process); laid-out pages are recorded on disk (for repeated <c>brief build</c>s), and an
/// unchanged page is hard-linked from the previous output instead of laid out again. Each build reads the last
/// generation and writes the next; what a build did not use is forgotten.
/// </summary>
public sealed class BuildCache
{
    public sealed record FileEntry(ContentItem? Item, ParsedMarkdown? Parsed, IReadOnlyList<Diagnostic> Diagnostics, string? FrontMatterKey);

    public sealed record BodyEntry(RenderResult Rendered, IReadOnlyList<Diagnostic> Diagnostics, SearchText SearchText);

    /// <summary>
    /// A piece of a printed brief (a body, or a document laid out with its body) written from a given state of the
    /// brief's notes, what it changed in them, and the keys of the pieces it was made of.
    /// </summary>
    public sealed record PrintEntry(HtmlFragment Html, IReadOnlyList<string> Changes, IReadOnlyList<string> Inner);

    /// <summary>A page as written: the fingerprints of its inputs and of its layout and model, and its file's length and time.</summary>
    public sealed record PageRecord(string Inputs, string Key, long Length, long Modified);

    private const string FileName = "pages.json";

    // A cache written by another build of brief is not trusted: its templates engine or models may differ.
    private static readonly string Version = typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly Generations<string, FileEntry> _files = new(StringComparer.Ordinal);
    private readonly Generations<(string Path, long Length, long Modified), string> _stamps = new();
    private readonly Generations<string, BodyEntry> _bodies = new(StringComparer.Ordinal);
    private readonly Generations<string, PrintEntry> _prints = new(StringComparer.Ordinal);
    private readonly Generations<string, PageRecord> _pages = new(StringComparer.Ordinal);
    private readonly Generations<string, object> _kept = new(StringComparer.Ordinal);

    private BuildCache(bool inMemory, bool recordsPages) => (KeepsInMemory, RecordsPages) = (inMemory, recordsPages);

    /// <summary>
    /// Whether files, bodies and printed bodies are kept in memory for the next build in this process. Only a cache
    /// the caller keeps across builds (brief serve) does: for a single build it would be memory spent for nothing.
    /// </summary>
    public bool KeepsInMemory { get; }

    /// <summary>
    /// Whether pages are fingerprinted and recorded, for a later build to reuse. A clean one-off build
    /// (<c>--no-cache</c>) has no later build: it lays every page out without fingerprinting its model.
    /// </summary>
    public bool RecordsPages { get; }

    /// <summary>A cache that remembers nothing yet, to keep across builds in one process (brief serve).</summary>
    public static BuildCache Empty() => new(inMemory: true, recordsPages: true);

    /// <summary>A cache for one build that no later build will read: nothing kept, nothing recorded.</summary>
    public static BuildCache ForOneBuild() => new(inMemory: false, recordsPages: false);

    /// <summary>How many pages this build took unchanged from the previous output.</summary>
    public int PagesReused => _reused;

    private int _reused;

    public bool TryGetFile(string key, [NotNullWhen(true)] out FileEntry? entry) => _files.TryGet(key, out entry);

    /// <summary>
    /// The fingerprint a file had when the last build in this process read it, if its length and modification
    /// time are still the same (a file is read again only when they change).
    /// </summary>
    public string? KeyOf(string path, long length, long modified)
    {
        return KeepsInMemory && _stamps.TryGet((path, length, modified), out var key) ? key : null;
    }

    public void RememberKey(string path, long length, long modified, string key)
    {
        if (KeepsInMemory)
        {
            _stamps.Remember((path, length, modified), key);
        }
    }

    public void RememberFile(string key, FileEntry entry)
    {
        if (KeepsInMemory)
        {
            _files.Remember(key, entry);
        }
    }

    /// <summary>
    /// What <paramref name="make"/> makes from the inputs <paramref name="key"/> is the fingerprint of: made once
    /// and kept while the key stays the same, when the cache is kept in memory; made every time otherwise. What is
    /// kept must hold no document (documents are read again when their file changes), only what follows from them.
    /// </summary>
    public T Kept<T>(string key, Func<T> make) where T : class
    {
        if (!KeepsInMemory)
        {
            return make();
        }
        if (_kept.TryGet(key, out var kept) && kept is T value)
        {
            return value;
        }
        value = make();
        _kept.Remember(key, value);
        return value;
    }

    public bool TryGetBody(string key, [NotNullWhen(true)] out BodyEntry? entry) => _bodies.TryGet(key, out entry);

    public void RememberBody(string key, BodyEntry entry)
    {
        if (KeepsInMemory)
        {
            _bodies.Remember(key, entry);
        }
    }

    public bool TryGetPrint(string key, [NotNullWhen(true)] out PrintEntry? entry) => _prints.TryGet(key, out entry);

    public void RememberPrint(string key, PrintEntry entry) => _prints.Remember(key, entry);

    /// <summary>
    /// The record of the page at <paramref name="path"/> if the previous build wrote it into
    /// <paramref name="previousOutput"/> and it is still there as written (same length and time; not checked when
    /// <paramref name="trustFiles"/>, for a folder only brief writes).
    /// </summary>
    public PageRecord? Written(string path, string previousOutput, bool trustFiles)
    {
        if (!_pages.TryGetLast(path, out var record))
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
    /// Records a page of this build (or another file written by its fingerprint, not counted as a page when
    /// <paramref name="isPage"/> is false): taken as it was (<paramref name="reused"/>), or written anew.
    /// </summary>
    public void RememberPage(string path, string inputs, string key, string writtenFile, PageRecord? reused, bool isPage = true)
    {
        if (reused is not null)
        {
            _pages.Remember(path, reused with { Inputs = inputs, Key = key });
            if (isPage)
            {
                Interlocked.Increment(ref _reused);
            }
            return;
        }
        var file = new FileInfo(writtenFile);
        _pages.Remember(path, new PageRecord(inputs, key, file.Length, file.LastWriteTimeUtc.Ticks));
    }

    /// <summary>Every file the last build that updated its folder in place left there (output paths, '/' separated).</summary>
    public IReadOnlySet<string>? OutputFiles { get; set; }

    /// <summary>Forgets every page record: the output can no longer be trusted to hold what they say.</summary>
    public void ForgetPages()
    {
        OutputFiles = null;
        _pages.Reset();
    }

    /// <summary>Ends a build: what it used becomes what the next build starts from; pages only if they were published.</summary>
    public void EndBuild(bool published)
    {
        _files.Turn();
        _stamps.Turn();
        _bodies.Turn();
        _prints.Turn();
        _kept.Turn();
        _pages.Turn(keep: published);
        _reused = 0;
    }

    /// <summary>Reads the page records a previous build saved in <paramref name="folder"/>; anything unreadable is a clean start.</summary>
    public static BuildCache Load(string folder)
    {
        var cache = new BuildCache(inMemory: false, recordsPages: true);
        try
        {
            var saved = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(folder, FileName)), SavedJson.Default.Saved);
            if (saved?.Version == Version && saved.Pages is not null)
            {
                cache._pages.Reset(saved.Pages);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            // no cache, or not one we wrote: build from scratch
        }
        return cache;
    }

    /// <summary>Saves the page records of this build, once published, into <paramref name="folder"/> (written aside, then moved).</summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, FileName);
        var temporary = target + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new Saved(Version, new SortedDictionary<string, PageRecord>(_pages.Next.ToDictionary(), StringComparer.Ordinal)), SavedJson.Default.Saved));
        File.Move(temporary, target, overwrite: true);
    }

    internal sealed record Saved(string Version, IDictionary<string, PageRecord>? Pages);
}

/// <summary>The cache file's serializer, made at compile time (no reflection: the published brief is native).</summary>
[JsonSerializable(typeof(BuildCache.Saved))]
internal sealed partial class SavedJson : JsonSerializerContext;
