using Brief.Content.Model;

namespace Brief.Site.Model;

/// <summary>
/// Where each page is published (pretty URLs: a folder with index.html), under the site's base URL. An offline copy
/// (<c>brief build --offline</c>, opened from disk) has no base URL: every address starts with <see cref="OfflineRoot"/>,
/// which the page writer turns into the relative path from the page to the site's root ("../../"), and names its
/// index.html, since no server picks it for a folder.
/// </summary>
public sealed class Urls(string baseUrl, string? origin = null, bool offline = false)
{
    /// <summary>
    /// The mark an offline copy's addresses start with: a Unicode noncharacter (for a program's internal use, never
    /// text), which no page of a hosted site holds. <see cref="Modules.RootRelativeStream"/> replaces it as pages are written.
    /// </summary>
    public const string OfflineRoot = "\uFDD0";

    public string BaseUrl { get; } = offline ? OfflineRoot : baseUrl;

    public bool Offline { get; } = offline;

    /// <summary>The scheme and host the site is published at (site.yml's url), or null (always for an offline copy).</summary>
    public string? Origin { get; } = offline ? null : origin;

    /// <summary>A site path as a full address (for the sitemap, the feed and canonical links), or null without an origin.</summary>
    public string? Absolute(string path) => Origin is null ? null : Origin + To(path);

    /// <summary>The address of a site path ("options/raid/", "timeline/#event"): under the base URL; offline, naming its index.html.</summary>
    public string To(string path)
    {
        path = path.TrimStart('/');
        if (!Offline)
        {
            return BaseUrl + path;
        }
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        var (file, anchor) = hash < 0 ? (path, "") : (path[..hash], path[hash..]);
        return BaseUrl + (file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file) + anchor;
    }

    /// <summary>The address of a folder that scripts add file names to (the theme's, the search index's): never an index.html.</summary>
    public string Folder(string path) => BaseUrl + path.TrimStart('/');

    public string Of(ContentItem item) => To(PathOf(item));

    public static string PathOf(ContentItem item) => item.Kind switch
    {
        ContentKind.Home => "",
        ContentKind.Page => $"{item.Id}/",
        ContentKind.Event => $"timeline/#{item.Id}",
        _ => $"{item.Kind.Folder()}/{item.Id}/",
    };

    /// <summary>The output file of a page path: "options/raid/" → "options/raid/index.html".</summary>
    public static string FileOf(string path) =>
        path.Length == 0 ? "index.html" : path.EndsWith(".html", StringComparison.Ordinal) ? path : path.TrimEnd('/') + "/index.html";

    /// <summary>The relative path from an output file to the site's root: "options/raid/index.html" → "../../".</summary>
    public static string RootFrom(string destination) =>
        string.Concat(Enumerable.Repeat("../", destination.Count(c => c == '/')));
}
