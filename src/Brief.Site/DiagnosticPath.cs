namespace Brief.Site;

/// <summary>Diagnostics name files relative to the working folder, with '/' separators: input/options/raid.md.</summary>
public static class DiagnosticPath
{
    public static string For(string absolutePath, BuildOptions options)
    {
        var relative = Path.GetRelativePath(options.WorkingDirectory, absolutePath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? absolutePath : relative).Replace('\\', '/');
    }
}
