namespace Brief.Site;

/// <summary>What one build or check is asked to do. Paths are absolute.</summary>
public sealed record BuildOptions(string InputRoot, string ThemeRoot, string OutputRoot)
{
    /// <summary>Overrides site.yml's base_url (e.g. a project site hosted under /repo/).</summary>
    public string? BaseUrl { get; init; }

    public bool Drafts { get; init; }

    /// <summary>Build the search index (brief build does unless --no-search); with no <see cref="Pagefind"/> that is a warning.</summary>
    public bool Search { get; init; }

    /// <summary>The Pagefind executable that makes the search index (<see cref="Brief.Site.Search.Pagefind.Locate"/>).</summary>
    public string? Pagefind { get; init; }

    /// <summary>Whether this build makes a search index (and so whether the search page links to it): not in a preview.</summary>
    public bool BuildsSearchIndex => Search && Pagefind is not null && !InPlace;

    /// <summary>When set, each brief is also printed to briefs/NAME.pdf with this Chromium executable.</summary>
    public string? PdfWith { get; init; }

    /// <summary>
    /// Where the build cache is kept between builds (what each page was made from), so a rebuild lays out only the
    /// pages a change affects; null builds from scratch and keeps nothing.
    /// </summary>
    public string? CacheFolder { get; init; }

    /// <summary>
    /// Update the output folder in place (brief serve's private preview folder): write what changed, remove what is
    /// gone, leave the rest. A build otherwise writes a new folder beside the output and swaps it in.
    /// </summary>
    public bool InPlace { get; init; }

    /// <summary>Paths in diagnostics are written relative to this folder.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;
}
