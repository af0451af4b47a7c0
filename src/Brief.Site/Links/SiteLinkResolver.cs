using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;
using Brief.Markdown.Links;
using Brief.Site.Model;

namespace Brief.Site.Links;

/// <summary>
/// Resolves the links of one document against the catalog: "../glossary/sofa.md#use" → "/glossary/sofa/#use",
/// "../assets/map.svg" → "/assets/map.svg". Paths are relative to the document's folder and may not leave
/// the input folder. <see cref="InPage"/> lets the printable brief send links to documents it contains to
/// its own anchors instead.
/// </summary>
public sealed class SiteLinkResolver(Catalog catalog, ContentItem from) : ILinkResolver
{
    /// <summary>For documents shown on the same page: the in-page anchor prefix of each, by id.</summary>
    public IReadOnlyDictionary<string, string>? InPage { get; init; }

    public LinkResolution Resolve(string url, bool isImage)
    {
        var hashAt = url.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hashAt < 0 ? url : url[..hashAt]);
        var anchor = hashAt < 0 ? null : url[(hashAt + 1)..];
        var queryAt = path.IndexOf('?', StringComparison.Ordinal);
        if (queryAt >= 0)
        {
            path = path[..queryAt];
        }
        if (path.Length == 0)
        {
            return ResolveAnchor(from, anchor ?? "", url);
        }
        var target = Combine(from.Source, path);
        if (target is null)
        {
            return new LinkResolution.Broken(Codes.BrokenLink, $"link '{url}' points outside the input folder");
        }
        if (target.StartsWith("assets/", StringComparison.Ordinal))
        {
            return catalog.Assets.Contains(target)
                ? new LinkResolution.Resolved(catalog.Urls.To(EscapePath(target)) + (anchor is null ? "" : "#" + anchor))
                : new LinkResolution.Broken(Codes.MissingAsset, $"{(isImage ? "image" : "link")} '{url}' points to a missing file '{target}'",
                    Nearest.Hint(target, catalog.Assets) ?? "put the file under the input folder's assets/");
        }
        if (!target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return new LinkResolution.Broken(Codes.BrokenLink, $"link '{url}' is neither a Markdown file nor an asset",
                "link to the .md file of a page, or put files under assets/");
        }
        if (catalog.BySource.TryGetValue(target, out var item))
        {
            return anchor is null ? Page(item, null) : ResolveAnchor(item, anchor, url);
        }
        if (catalog.DraftSources.Contains(target))
        {
            return new LinkResolution.Broken(Codes.BrokenLink, $"link '{url}' points to a draft, which is not published",
                "publish the target (remove 'draft: true'), or build with --drafts");
        }
        return new LinkResolution.Broken(Codes.BrokenLink, $"link '{url}' points to a missing file '{target}'",
            Nearest.Hint(target, catalog.BySource.Keys));
    }

    /// <summary>A cited source's page (in a printed brief, its entry there when the brief lists it).</summary>
    public LinkResolution Cite(string id)
    {
        if (catalog.Find(id) is SourceEntry source)
        {
            return Page(source, null);
        }
        var sourceIds = catalog.All<SourceEntry>().Select(s => s.Id);
        return catalog.Find(id) is { } other
            ? new LinkResolution.Broken(Codes.UnknownCitation,
                $"'{id}' is the {other.Kind.Noun()} '{other.Title}', not a source: only sources can be cited",
                Nearest.Hint(id, sourceIds) ?? $"link to it instead: [{other.Title}]({Relative(other)})")
            : new LinkResolution.Broken(Codes.UnknownCitation, $"unknown source '{id}' cited",
                Nearest.Hint(id, sourceIds) ?? "cite the id of a file in sources/ (its file name without .md, or its 'id')");
    }

    private string Relative(ContentItem target) =>
        string.Concat(Enumerable.Repeat("../", from.Source.Count(c => c == '/'))) + target.Source;

    private LinkResolution ResolveAnchor(ContentItem item, string anchor, string url)
    {
        var anchors = catalog.Parsed.TryGetValue(item.Id, out var parsed) ? parsed.Anchors : [];
        if (anchor.Length == 0 || anchors.Contains(anchor) || (item.Kind == ContentKind.Event && anchor == item.Id))
        {
            return Page(item, anchor.Length == 0 ? null : anchor);
        }
        return new LinkResolution.Broken(Codes.BrokenAnchor, $"link '{url}' points to a missing anchor '#{anchor}' in {item.Source}",
            Nearest.Hint(anchor, anchors)
                ?? (anchors.Count > 0 ? $"anchors there: {string.Join(", ", anchors.Order().Take(8))}" : "that page has no headings"));
    }

    private LinkResolution.Resolved Page(ContentItem item, string? anchor)
    {
        if (InPage is not null && InPage.TryGetValue(item.Id, out var prefix))
        {
            return new LinkResolution.Resolved("#" + (anchor is null ? prefix.TrimEnd('-') : prefix + anchor), item.Id);
        }
        var url = catalog.Urls.Of(item);
        if (anchor is not null && item.Kind != ContentKind.Event)
        {
            url += "#" + anchor;
        }
        return new LinkResolution.Resolved(url, item.Id);
    }

    /// <summary>Joins a relative path to the folder of <paramref name="source"/>; null when it climbs out of the input folder.</summary>
    internal static string? Combine(string source, string relative)
    {
        var parts = new List<string>(relative.StartsWith('/') ? [] : source.Split('/')[..^1]);
        foreach (var segment in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (segment)
            {
                case ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }
                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }
        return string.Join('/', parts);
    }

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
