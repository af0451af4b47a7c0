namespace Brief.Print;

/// <summary>
/// The one path policy of brief's file servers (printing and <c>brief serve</c>): maps the path of a request to a
/// file inside a folder, or to nothing. No path leads out of the folder.
/// </summary>
public static class SafePath
{
    /// <summary>How many symbolic links one path may pass through: more is a loop, and names nothing.</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The file <paramref name="urlPath"/> (as the client sent it, percent-encoded, without the query) names inside
    /// <paramref name="root"/> when the site is served under <paramref name="basePath"/>; a folder names its
    /// index.html, a file's path with a trailing slash nothing. Null when it names nothing there or tries to leave it: a path outside the base path,
    /// "." or ".."
    /// segments (encoded or not), backslashes, NUL, drive-like segments with ':', malformed escapes, and symbolic
    /// links that lead out of the folder.
    /// </summary>
    public static string? Resolve(string root, string urlPath, string basePath = "/")
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
        if (decoded.Contains('\\', StringComparison.Ordinal) || decoded.Contains('\0', StringComparison.Ordinal)
            || !basePath.EndsWith('/') || !decoded.StartsWith(basePath, StringComparison.Ordinal))
        {
            return null;
        }
        var segments = decoded[basePath.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Contains(':', StringComparison.Ordinal)))
        {
            return null;
        }
        var folder = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine([folder, .. segments]));
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }
        else if (decoded.EndsWith('/'))
        {
            return null; // a file is not a folder
        }
        if (!Inside(full, folder) || !File.Exists(full))
        {
            return null;
        }
        var real = RealPath(full);
        var realFolder = RealPath(folder);
        return real is not null && realFolder is not null && Inside(real, realFolder) ? full : null;
    }

    private static bool Inside(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The path with every symbolic link along it followed, as the system follows them (a ".." in a link's target
    /// goes up from where the link led), or null for a loop or a dangling link.
    /// </summary>
    private static string? RealPath(string path)
    {
        var links = 0;
        var pending = new Stack<string>();
        var current = Path.GetPathRoot(path)!;
        Push(pending, path[current.Length..]);
        while (pending.TryPop(out var part))
        {
            if (part is "." or "..")
            {
                current = part == ".." ? Path.GetDirectoryName(current) ?? current : current;
                continue;
            }
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                return null;
            }
            // the link's target takes its place, from the root if it is absolute, else from the folder the link is in
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            Push(pending, target);
        }
        return File.Exists(current) || Directory.Exists(current) ? current : null;
    }

    private static void Push(Stack<string> pending, string relative)
    {
        foreach (var part in relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            pending.Push(part);
        }
    }
}
