using System.Diagnostics;
using System.Text.Json;

namespace Brief.Tests.Support;

/// <summary>
/// The W3C Nu HTML Checker (vnu.jar of the npm package vnu-jar, pinned in package.json; npm ci installs it), run on
/// the system Java over every HTML file of a folder, in one process.
/// </summary>
public static class NuChecker
{
    public static string Jar => Path.Combine(BrowserTools.Folder, "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>One error the checker reports: the file (relative to the folder checked), its line and the message.</summary>
    public sealed record Error(string File, int Line, string Message)
    {
        public override string ToString() => $"{File}:{Line}: {Message}";
    }

    /// <summary>Every error in the HTML files under <paramref name="folder"/> (other files are skipped).</summary>
    public static IReadOnlyList<Error> Check(string folder)
    {
        var info = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-jar", Jar, "--errors-only", "--format", "json", "--skip-non-html", folder })
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEndAsync(); // the JSON report goes to standard error
        process.WaitForExit();
        return Parse(report.Result, folder, output.Result);
    }

    private static List<Error> Parse(string report, string folder, string output)
    {
        Assert.True(report.TrimStart().StartsWith('{'), $"the Nu checker wrote no JSON report:\n{report}\n{output}");
        using var json = JsonDocument.Parse(report);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray().Select(m => new Error(
            m.TryGetProperty("url", out var url) ? FileOf(url.GetString()!, folder) : "(no file)",
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
            m.GetProperty("message").GetString()!))];
    }

    /// <summary>The file a message is about (the checker names it "file:/path"), relative to the folder checked.</summary>
    private static string FileOf(string url, string folder) =>
        Path.GetRelativePath(folder, Uri.UnescapeDataString(url.StartsWith("file:", StringComparison.Ordinal) ? url[5..] : url));

    /// <summary>Where <c>java</c> is on PATH, or null.</summary>
    public static string? Java() => Poppler.Find("java");
}

/// <summary>
/// A test that runs the Nu HTML Checker on the system Java. Outside CI, a machine without java or vnu.jar skips it
/// with the reason; in CI (CI=true) it always runs, so a missing install fails loudly (.ci/run installs both).
/// </summary>
public sealed class NuCheckerFactAttribute : FactAttribute
{
    public NuCheckerFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            return;
        }
        if (NuChecker.Java() is null)
        {
            Skip = "java not found on PATH (apt-get install default-jre-headless); the Nu HTML Checker is skipped";
        }
        else if (!File.Exists(NuChecker.Jar))
        {
            Skip = "vnu.jar is missing (npm ci installs vnu-jar); the Nu HTML Checker is skipped";
        }
    }
}
