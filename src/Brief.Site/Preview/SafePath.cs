namespace Brief.Site.Preview;

/// <summary>Maps a request path to a file inside a folder, or to nothing: no path may lead out of the folder.</summary>
public static class SafePath
{
    /// <summary>
    /// The file a URL path names inside <paramref name="root"/> (a folder's index.html for a folder), or null when it
    /// names nothing there or tries to leave it: "..", encoded or not, backslashes, NUL, absolute paths.
    /// </summary>
    public static string? Resolve(string root, string urlPath)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(urlPath);
        }
        catch (UriFormatException)
        {
            return null;
        }
        if (decoded.Contains('\\', StringComparison.Ordinal) || decoded.Contains('\0', StringComparison.Ordinal) || !decoded.StartsWith('/'))
        {
            return null;
        }
        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Contains(':', StringComparison.Ordinal)))
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine([Path.GetFullPath(root), .. segments]));
        var inside = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!(full + Path.DirectorySeparatorChar).StartsWith(inside, StringComparison.Ordinal))
        {
            return null;
        }
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }
        if (!File.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            return null;
        }
        return full;
    }
}
