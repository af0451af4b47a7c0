using Brief.Markdown.Links;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _changes = []; // in order: "t" + term id spelled out, "l" + link noted
    private string _state = "";

    /// <summary>
    /// Where the notes stand: a digest of the changes so far, in order (everything the notes hold follows from them).
    /// Kept up to date change by change, so asking costs nothing however long the brief.
    /// </summary>
    public string State => _state;

    private void Changed(string change)
    {
        _changes.Add(change);
        _state = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(_state + "\n" + change)));
    }

    /// <summary>A mark to ask later what changed since.</summary>
    public int Mark() => _changes.Count;

    public IReadOnlyList<string> ChangesSince(int mark) => _changes.GetRange(mark, _changes.Count - mark);

    /// <summary>Makes the changes another render of the same text made, from the same state (the build cache).</summary>
    public void Replay(IReadOnlyList<string> changes)
    {
        foreach (var change in changes)
        {
            if (change[0] == 't')
            {
                FirstUse(change[1..]);
            }
            else
            {
                LinkNote(change[1..]);
            }
        }
    }

    public IReadOnlyList<string> Links => _links;

    /// <summary>True the first time a term is met.</summary>
    public bool FirstUse(string termId)
    {
        if (!_expanded.Add(termId))
        {
            return false;
        }
        Changed("t" + termId);
        return true;
    }

    /// <summary>The endnote number of an external link (the same URL keeps its number).</summary>
    public int LinkNote(string url)
    {
        if (!_numbers.TryGetValue(url, out var number))
        {
            _links.Add(url);
            _numbers[url] = number = _links.Count;
            Changed("l" + url);
        }
        return number;
    }

    /// <summary>
    /// Whether rendering these blocks for print will number any link note, known before they are rendered (the
    /// brief's contents list the Links section ahead of the bodies that fill it): a link, not an image and not
    /// inside one, to a safe absolute URL — the links <see cref="LinkRenderer"/> gives a note.
    /// </summary>
    public static bool AnyLinkNote(IEnumerable<Block> blocks) =>
        blocks.SelectMany(block => block switch
        {
            ContainerBlock container => container.Descendants<LinkInline>(),
            LeafBlock { Inline: { } inline } => inline.Descendants<LinkInline>(),
            _ => [],
        }).Any(TakesNote);

    internal static bool TakesNote(LinkInline link)
    {
        if (link.IsImage)
        {
            return false;
        }
        for (var parent = link.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: true })
            {
                return false;
            }
        }
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        return SafeUrl.IsSafe(url) && SafeUrl.IsAbsolute(url);
    }
}
