namespace Brief.Site;

/// <summary>What one build or check is asked to do. Paths are absolute.</summary>
public sealed record BuildOptions(string InputRoot, string ThemeRoot, string OutputRoot)
{
    /// <summary>Overrides site.yml's base_url (e.g. a project site hosted under /repo/).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Overrides site.yml's url: where the site is published (https://owner.github.io/repo/); a path in it is the base
    /// URL unless <see cref="BaseUrl"/> names the same one.
    /// </summary>
    public string? Url { get; init; }

    public bool Drafts { get; init; }

    /// <summary>Overrides site.yml's release: the highest portion mark allowed in the output (--release MARK).</summary>
    public string? Release { get; init; }

    /// <summary>Build the search index (brief build and brief serve do unless --no-search).</summary>
    public bool Search { get; init; }

    /// <summary>
    /// Write a copy that works opened from disk (file://): every internal link is relative and names its index.html,
    /// and search loads its index without a server.
    /// </summary>
    public bool Offline { get; init; }

    /// <summary>When set, each brief is also printed to briefs/NAME.pdf with this Chromium executable.</summary>
    public string? PdfWith { get; init; }

    /// <summary>When set, each brief's page is also converted to a Word file, briefs/NAME.docx (brief build --docx).</summary>
    public bool Docx { get; init; }

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
