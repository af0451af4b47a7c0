using Brief.Site.Incremental;

namespace Brief.Site.Preview;

/// <summary>
/// A live preview of a site: builds into a private folder, watches the input and theme folders, and rebuilds what
/// a change affects (the build cache is kept for the whole session and the folder is updated in place). A build with
/// errors writes nothing, so the last good site stays in the folder; its diagnostics are kept to show.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    private readonly BuildCache _cache = BuildCache.Empty();
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _gate = new();
    private Timer? _debounce;
    private int _generation;

    public PreviewSession(BuildOptions options) =>
        Options = options with { InPlace = true, BaseUrl = "/", CacheFolder = null, PdfWith = null };

    public BuildOptions Options { get; }

    /// <summary>The folder the preview is served from.</summary>
    public string Folder => Options.OutputRoot;

    /// <summary>The result of the last build, good or not.</summary>
    public BuildResult? Last { get; private set; }

    /// <summary>Counts builds; a page that saw one number reloads when there is a newer one.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Raised after every build, on a thread-pool thread.</summary>
    public event Action<BuildResult>? Built;

    /// <summary>Raised when a build started by a change fails with an internal error (a bug in brief).</summary>
    public event Action<Exception>? Crashed;

    /// <summary>Builds now (one build at a time; a change during a build leads to another build after it).</summary>
    public async Task<BuildResult> BuildAsync(CancellationToken cancellationToken = default)
    {
        await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(Folder);
            var result = await SiteBuilder.BuildAsync(Options, _cache, cancellationToken: cancellationToken).ConfigureAwait(false);
            Last = result;
            Interlocked.Increment(ref _generation);
            Built?.Invoke(result);
            return result;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Rebuilds after changes under the input or theme folder settle for <paramref name="quiet"/>.</summary>
    public void Watch(TimeSpan quiet)
    {
        foreach (var folder in new[] { Options.InputRoot, Options.ThemeRoot })
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Changed(quiet);
            watcher.Created += (_, _) => Changed(quiet);
            watcher.Deleted += (_, _) => Changed(quiet);
            watcher.Renamed += (_, _) => Changed(quiet);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Changed(TimeSpan quiet)
    {
        lock (_gate)
        {
            _debounce ??= new Timer(_ => _ = RebuildQuietly());
            _debounce.Change(quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task RebuildQuietly()
    {
        try
        {
            await BuildAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // a file was mid-write; the write's own change event brings another build
        }
        catch (Core.Pipelines.PipelineException exception)
        {
            Crashed?.Invoke(exception); // the watcher keeps going: the next change may build again
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        _debounce?.Dispose();
        _building.Dispose();
    }
}
