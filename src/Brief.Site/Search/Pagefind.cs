using System.Diagnostics;
using Brief.Core.Diagnostics;

namespace Brief.Site.Search;

/// <summary>
/// The site's search index, made by Pagefind (npm package <c>pagefind</c>, pinned in package.json) over the built
/// pages: a fragment index that a reader's browser loads piece by piece, so it scales to tens of thousands of pages.
/// Pages mark what is indexed (data-pagefind-body) and their type as a filter. A missing or failing Pagefind is a
/// warning, never a failed build: the site works without search, and the search page then offers the A–Z glossary
/// and the indexes.
/// </summary>
public static class Pagefind
{
    public const string InstallHint = "run 'npm ci' (package.json pins pagefind), put pagefind on PATH or set BRIEF_PAGEFIND; or pass --no-search";

    /// <summary>BRIEF_PAGEFIND if set; else node_modules/.bin/pagefind in the working folder or one above it; else pagefind on PATH.</summary>
    public static string? Locate(string workingDirectory)
    {
        if (Environment.GetEnvironmentVariable("BRIEF_PAGEFIND") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }
        for (var folder = new DirectoryInfo(workingDirectory); folder is not null; folder = folder.Parent)
        {
            var local = Path.Combine(folder.FullName, "node_modules", ".bin", "pagefind");
            if (File.Exists(local))
            {
                return local;
            }
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "pagefind")).FirstOrDefault(File.Exists);
    }

    /// <summary>Indexes the site in <paramref name="siteFolder"/> into its pagefind/ folder; problems are warnings.</summary>
    public static async Task IndexAsync(string pagefind, string siteFolder, string shownOutput, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(pagefind)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--site", siteFolder, "--output-subdir", "pagefind", "--silent" })
        {
            info.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                var reason = ((await error.ConfigureAwait(false)) + (await output.ConfigureAwait(false))).Trim().Split('\n')[0];
                diagnostics.Warning(Codes.SearchNotBuilt, $"the search index was not built: pagefind failed ({reason})", shownOutput, 0, 0, InstallHint);
            }
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            diagnostics.Warning(Codes.SearchNotBuilt, $"the search index was not built: pagefind could not run ({exception.Message})", shownOutput, 0, 0, InstallHint);
        }
    }
}
