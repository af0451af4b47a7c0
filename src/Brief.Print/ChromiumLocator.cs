namespace Brief.Print;

/// <summary>Finds the system Chromium: BRIEF_CHROMIUM if set, else chromium (or a Chrome) on PATH.</summary>
public static class ChromiumLocator
{
    public const string InstallHint = "install it with 'apt-get install chromium' (Debian) or set BRIEF_CHROMIUM to a Chromium or Chrome executable";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("BRIEF_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
