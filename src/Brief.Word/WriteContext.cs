using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>
/// The state of one conversion: the parts written to, where paragraphs go (the body, or a table cell), the
/// bookmarks waiting for the next paragraph, and the counters that number bookmarks and relationships.
/// </summary>
internal sealed class WriteContext(WordParts parts, PageSource source, LinkTargets links)
{
    private readonly Stack<OpenXmlCompositeElement> _targets = new([parts.Main.Document.Body!]);
    private readonly List<string> _pendingBookmarks = [];
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private int _bookmarkId;
    private int _relationshipId;

    public WordParts Parts => parts;
    public PageSource Source => source;
    public LinkTargets Links => links;
    public ListNumbering Numbering { get; } = new();
    public Body Body => parts.Main.Document.Body!;
    public OpenXmlCompositeElement Target => _targets.Peek();

    /// <summary>Headings listed in the table of contents, with the bookmark each gets.</summary>
    public Dictionary<AngleSharp.Dom.IElement, string> TocBookmarks { get; } = [];

    public int ListDepth { get; set; }

    public void Bookmark(string id)
    {
        if (id.Length > 0 && _written.Add(id))
        {
            _pendingBookmarks.Add(Bookmarks.Name(id));
        }
    }

    public void PushTarget(OpenXmlCompositeElement target) => _targets.Push(target);

    public void PopTarget() => _targets.Pop();

    /// <summary>A new paragraph in the current target, carrying the bookmarks that were waiting for one.</summary>
    public Paragraph NewParagraph(ParagraphProperties properties, string? tocBookmark = null)
    {
        var paragraph = new Paragraph(properties);
        foreach (var name in tocBookmark is null ? _pendingBookmarks : _pendingBookmarks.Append(tocBookmark))
        {
            var id = (++_bookmarkId).ToString(System.Globalization.CultureInfo.InvariantCulture);
            paragraph.Append(new BookmarkStart { Name = name, Id = id }, new BookmarkEnd { Id = id });
        }
        _pendingBookmarks.Clear();
        Target.Append(paragraph);
        return paragraph;
    }

    /// <summary>A hyperlink to an absolute URL, its relationship added to the part that holds it.</summary>
    public Hyperlink ExternalLink(OpenXmlPart host, string url)
    {
        var id = $"rIdLink{++_relationshipId}";
        host.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), true, id);
        return new Hyperlink { Id = id, History = true };
    }
}
