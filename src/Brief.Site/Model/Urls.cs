using Brief.Content.Model;

namespace Brief.Site.Model;

/// <summary>Where each page is published (pretty URLs: a folder with index.html), under the site's base URL.</summary>
public sealed class Urls(string baseUrl, string? origin = null)
{
    public string BaseUrl { get; } = baseUrl;

    /// <summary>The scheme and host the site is published at (site.yml's url), or null.</summary>
    public string? Origin { get; } = origin;

    /// <summary>A site path as a full address (for the sitemap, the feed and canonical links), or null without an origin.</summary>
    public string? Absolute(string path) => Origin is null ? null : Origin + To(path);

    /// <summary>A site path ("options/raid/") made absolute under the base URL.</summary>
    public string To(string path) => BaseUrl + path.TrimStart('/');

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
}
