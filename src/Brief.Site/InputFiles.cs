namespace Brief.Site;

/// <summary>
/// Lists the files under a root folder as '/'-separated relative paths, in ordinal order. Hidden files and
/// symbolic links are skipped, so no input can make the build read outside its folders.
/// </summary>
public static class InputFiles
{
    public static IEnumerable<string> Under(string root, string? subfolder = null)
    {
        var start = subfolder is null ? root : Path.Combine(root, subfolder);
        if (!Directory.Exists(start))
        {
            return [];
        }
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint };
        return Directory.EnumerateFiles(start, "*", options)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }
}
