using Brief.Markdown.Links;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Rendering;

/// <summary>
/// What the documents of one printed brief share while they are rendered in reading order: which glossary
/// terms were already spelled out ("Status of Forces Agreement (SOFA)" on first use, as style guides ask, since
/// paper has no hover) and the endnotes: external links and cited sources, numbered in one sequence in reading order.
/// Owned by one brief render at a time.
/// </summary>
public sealed class PrintNotes
{
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);
    private readonly List<PrintNote> _notes = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal); // by "l" + URL, "c" + source id
    private readonly List<string> _changes = []; // in order: "t" + term id spelled out, "l" + link noted, "c" + source cited
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
            switch (change[0])
            {
                case 't':
                    FirstUse(change[1..]);
                    break;
                case 'c':
                    CitationNote(change[1..]);
                    break;
                default:
                    LinkNote(change[1..]);
                    break;
            }
        }
    }

    /// <summary>The endnotes so far, note 1 first.</summary>
    public IReadOnlyList<PrintNote> Notes => _notes;


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
    public int LinkNote(string url) => Note(new PrintNote(url, Cites: false), "l");

    /// <summary>The endnote number of a cited source (citing it again keeps its number).</summary>
    public int CitationNote(string sourceId) => Note(new PrintNote(sourceId, Cites: true), "c");

    private int Note(PrintNote note, string kind)
    {
        if (!_numbers.TryGetValue(kind + note.Target, out var number))
        {
            _notes.Add(note);
            _numbers[kind + note.Target] = number = _notes.Count;
            Changed(kind + note.Target);
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

    /// <summary>Whether these blocks cite any source (each citation is an endnote in print), known before they are rendered.</summary>
    public static bool AnyCitationNote(IEnumerable<Block> blocks) =>
        blocks.Any(block => block switch
        {
            ContainerBlock container => container.Descendants<Parsing.CitationInline>().Any(),
            LeafBlock { Inline: { } inline } => inline.Descendants<Parsing.CitationInline>().Any(),
            _ => false,
        });

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

/// <summary>An endnote of a printed brief: an external link's URL, or the id of a cited source (<paramref name="Cites"/>).</summary>
public sealed record PrintNote(string Target, bool Cites);
