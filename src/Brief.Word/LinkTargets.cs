namespace Brief.Word;

/// <summary>
/// Where a link of the page goes in the Word file: a bookmark when its target is in the document (#id, or a site
/// page the document holds as b-NAME), an absolute URL when it is outside (another site, or a page of this one when
/// its URL is known), or nowhere (plain text).
/// </summary>
internal sealed class LinkTargets(IReadOnlySet<string> ids, WordSettings settings)
{
    public LinkTarget? Resolve(string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }
        if (href.StartsWith('#'))
        {
            var id = Uri.UnescapeDataString(href[1..]);
            return ids.Contains(id) ? new LinkTarget(Bookmarks.Name(id), null) : null;
        }
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto")
        {
            return new LinkTarget(null, absolute.AbsoluteUri);
        }
        return href.StartsWith('/') ? SitePage(href) : null;
    }

    private LinkTarget? SitePage(string href)
    {
        var path = href.StartsWith(settings.BaseUrl, StringComparison.Ordinal) ? href[settings.BaseUrl.Length..] : href.TrimStart('/');
        var fragment = path.IndexOf('#', StringComparison.Ordinal);
        var page = (fragment >= 0 ? path[..fragment] : path).TrimEnd('/');
        var slug = page[(page.LastIndexOf('/') + 1)..];
        if (slug.Length > 0 && ids.Contains("b-" + slug))
        {
            return new LinkTarget(Bookmarks.Name("b-" + slug), null);
        }
        if (settings.SiteUrl is { } site && Uri.TryCreate(new Uri(site.TrimEnd('/') + "/"), path, out var url))
        {
            return new LinkTarget(null, url.AbsoluteUri);
        }
        return null;
    }
}

/// <summary>A link's target: a bookmark in the document, or an absolute URL.</summary>
internal sealed record LinkTarget(string? Bookmark, string? Url);
