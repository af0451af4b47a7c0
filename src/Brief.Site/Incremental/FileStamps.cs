namespace Brief.Site.Incremental;

/// <summary>
/// The fingerprint each input file had when the last build in this process read it, by its path, length and
/// modification time: while those stay the same, the file is not read again (brief serve only).
/// </summary>
public sealed class FileStamps(bool keeps)
{
    private readonly Generations<(string Path, long Length, long Modified), string> _keys = new();

    public bool Keeps { get; } = keeps;

    public string? KeyOf(string path, long length, long modified) =>
        Keeps && _keys.TryGet((path, length, modified), out var key) ? key : null;

    public void Remember(string path, long length, long modified, string key)
    {
        if (Keeps)
        {
            _keys.Remember((path, length, modified), key);
        }
    }

    internal void Turn() => _keys.Turn();
}
