using System.Diagnostics;

namespace Brief.Tests.Support;

/// <summary>pdfinfo and pdftotext (poppler-utils): how the tests read what a PDF says.</summary>
public static class Poppler
{
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    public static string Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }

    public static Dictionary<string, string> Info(string pdf) =>
        Run("pdfinfo", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim()).ToDictionary(g => g.Key, g => g.First()[1].Trim());

    /// <summary>The text of each page, in order.</summary>
    public static List<string> Pages(string pdf)
    {
        var pages = int.Parse(Info(pdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(1, pages).Select(page => Run("pdftotext", "-layout", "-f", $"{page}", "-l", $"{page}", pdf, "-"))];
    }
}
