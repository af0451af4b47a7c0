namespace Brief.Markdown.Rendering;

/// <summary>
/// What the documents of one printed brief share while they are rendered in reading order: which glossary
/// terms were already spelled out ("Status of Forces Agreement (SOFA)" on first use, as style guides ask, since
/// paper has no hover) and the external links, numbered as endnotes. Owned by one brief render at a time.
/// </summary>
public sealed class PrintNotes
{
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);
    private readonly List<string> _links = [];

    public IReadOnlyList<string> Links => _links;

    /// <summary>True the first time a term is met.</summary>
    public bool FirstUse(string termId) => _expanded.Add(termId);

    /// <summary>The endnote number of an external link (the same URL keeps its number).</summary>
    public int LinkNote(string url)
    {
        var index = _links.IndexOf(url);
        if (index < 0)
        {
            _links.Add(url);
            index = _links.Count - 1;
        }
        return index + 1;
    }
}
