namespace Brief.Content.Model;

/// <summary>The kinds of Markdown document the contract defines, each tied to its input folder.</summary>
public enum ContentKind
{
    Home,
    Page,
    Explainer,
    Option,
    Term,
    Source,
    Event,
    Memo,
}

public static class ContentKinds
{
    /// <summary>The input folder of each foldered kind; plain pages and the home page live at the top level.</summary>
    public static readonly IReadOnlyDictionary<string, ContentKind> ByFolder = new Dictionary<string, ContentKind>(StringComparer.Ordinal)
    {
        ["explainers"] = ContentKind.Explainer,
        ["options"] = ContentKind.Option,
        ["glossary"] = ContentKind.Term,
        ["sources"] = ContentKind.Source,
        ["timeline"] = ContentKind.Event,
        ["memos"] = ContentKind.Memo,
    };

    public static string? Folder(this ContentKind kind) => ByFolder.FirstOrDefault(p => p.Value == kind).Key;

    /// <summary>Classifies a Markdown file by its path relative to the input folder ('/' separators).</summary>
    public static ContentKind Classify(string relativePath)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return relativePath == "index.md" ? ContentKind.Home : ContentKind.Page;
        }
        return ByFolder.TryGetValue(relativePath[..slash], out var kind) ? kind : ContentKind.Page;
    }

    /// <summary>The singular noun readers see ("option", "term").</summary>
    public static string Noun(this ContentKind kind) => kind switch
    {
        ContentKind.Home => "home",
        ContentKind.Page => "page",
        ContentKind.Explainer => "explainer",
        ContentKind.Option => "option",
        ContentKind.Term => "term",
        ContentKind.Source => "source",
        ContentKind.Event => "event",
        ContentKind.Memo => "memo",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
