namespace Brief.Cli;

/// <summary>On a terminal, a build that takes more than a moment shows that it is working; piped output stays clean.</summary>
internal sealed class Progress : IDisposable
{
    private readonly Timer? _timer;
    private readonly DateTime _start = DateTime.UtcNow;
    private bool _shown;
    private int _disposed;

    private Progress(bool enabled)
    {
        if (enabled && !Console.IsErrorRedirected)
        {
            _timer = new Timer(_ => Tick(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(250));
        }
    }

    public static Progress Start(bool enabled) => new(enabled);

    private void Tick()
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            _shown = true;
            Console.Error.Write($"\rbrief: building… {(DateTime.UtcNow - _start).TotalSeconds:0.0} s");
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        _timer?.Dispose();
        if (_shown)
        {
            Console.Error.Write("\r\u001b[2K");
        }
    }
}
