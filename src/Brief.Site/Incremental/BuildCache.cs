using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
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
    public sealed record FileEntry(ContentItem? Item, ParsedMarkdown? Parsed, IReadOnlyList<Diagnostic> Diagnostics);

    public sealed record BodyEntry(RenderResult Rendered, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>A page as written: the fingerprint of its layout and model, and its file's length and time.</summary>
    public sealed record PageRecord(string Key, long Length, long Modified);

    private const string FileName = "pages.json";

    // A cache written by another build of brief is not trusted: its templates engine or models may differ.
    private static readonly string Version = typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private ConcurrentDictionary<string, FileEntry> _files = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, FileEntry> _nextFiles = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, BodyEntry> _bodies = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, BodyEntry> _nextBodies = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, PageRecord> _pages = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, PageRecord> _nextPages = new(StringComparer.Ordinal);

    /// <summary>A cache that remembers nothing yet (a clean build).</summary>
    public static BuildCache Empty() => new();

    /// <summary>How many pages this build took unchanged from the previous output.</summary>
    public int PagesReused => _reused;

    private int _reused;

    public bool TryGetFile(string key, [NotNullWhen(true)] out FileEntry? entry)
    {
        if (_files.TryGetValue(key, out entry) || _nextFiles.TryGetValue(key, out entry))
        {
            _nextFiles[key] = entry;
            return true;
        }
        return false;
    }

    public void RememberFile(string key, FileEntry entry) => _nextFiles[key] = entry;

    public bool TryGetBody(string key, [NotNullWhen(true)] out BodyEntry? entry)
    {
        if (_bodies.TryGetValue(key, out entry) || _nextBodies.TryGetValue(key, out entry))
        {
            _nextBodies[key] = entry;
            return true;
        }
        return false;
    }

    public void RememberBody(string key, BodyEntry entry) => _nextBodies[key] = entry;

    /// <summary>
    /// Whether the page at <paramref name="path"/> was written with this key into <paramref name="previousOutput"/>
    /// and is still there as written (same length and time), so it can be taken as it is.
    /// </summary>
    public bool IsUnchanged(string path, string key, string previousOutput)
    {
        if (!_pages.TryGetValue(path, out var record) || record.Key != key)
        {
            return false;
        }
        var file = new FileInfo(Path.Combine(previousOutput, path));
        return file.Exists && file.Length == record.Length && file.LastWriteTimeUtc.Ticks == record.Modified;
    }

    public void RememberPage(string path, string key, string writtenFile, bool reused)
    {
        var file = new FileInfo(writtenFile);
        _nextPages[path] = new PageRecord(key, file.Length, file.LastWriteTimeUtc.Ticks);
        if (reused)
        {
            Interlocked.Increment(ref _reused);
        }
    }

    /// <summary>Ends a build: what it used becomes what the next build starts from; pages only if they were published.</summary>
    public void EndBuild(bool published)
    {
        (_files, _nextFiles) = (_nextFiles, new(StringComparer.Ordinal));
        (_bodies, _nextBodies) = (_nextBodies, new(StringComparer.Ordinal));
        if (published)
        {
            (_pages, _nextPages) = (_nextPages, new(StringComparer.Ordinal));
        }
        else
        {
            _nextPages = new(StringComparer.Ordinal);
        }
        _reused = 0;
    }

    /// <summary>Reads the page records a previous build saved in <paramref name="folder"/>; anything unreadable is a clean start.</summary>
    public static BuildCache Load(string folder)
    {
        var cache = new BuildCache();
        try
        {
            var saved = JsonSerializer.Deserialize<Saved>(File.ReadAllBytes(Path.Combine(folder, FileName)));
            if (saved?.Version == Version && saved.Pages is not null)
            {
                cache._pages = new(saved.Pages, StringComparer.Ordinal);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            // no cache, or not one we wrote: build from scratch
        }
        return cache;
    }

    /// <summary>Saves the page records of the last published build into <paramref name="folder"/> (written aside, then moved).</summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, FileName);
        var temporary = target + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new Saved(Version, new SortedDictionary<string, PageRecord>(_pages, StringComparer.Ordinal))));
        File.Move(temporary, target, overwrite: true);
    }

    private sealed record Saved(string Version, IDictionary<string, PageRecord>? Pages);
}
