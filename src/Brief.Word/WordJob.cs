namespace Brief.Word;

/// <summary>
/// One Word file to make: the rendered page it is converted from (an index.html, relative to the site folder) and
/// the .docx it is written to (relative to the same folder). Briefs are briefs/NAME/index.html → briefs/NAME.docx;
/// any other printable page (a memo, memos/ID/index.html → memos/ID.docx) is one more pair.
/// </summary>
public sealed record WordJob(string PagePath, string OutputPath)
{
    /// <summary>The job for a page at /FOLDER/NAME/: FOLDER/NAME/index.html → FOLDER/NAME.docx.</summary>
    public static WordJob ForPage(string folder, string name) => new($"{folder}/{name}/index.html", $"{folder}/{name}.docx");
}

/// <summary>
/// What a conversion needs besides the HTML: the base URL the site's root-relative links start with, the absolute
/// URL it is published at (links to its other pages become absolute; null leaves them as plain text), and the date
/// written as the package's created and modified time (fixed, so the same input gives the same bytes).
/// </summary>
public sealed record WordSettings(string BaseUrl, string? SiteUrl, DateTime Stamp);
