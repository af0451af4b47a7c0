using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Brief.Content.Model;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Site.Model;

namespace Brief.Site.Modules;

/// <summary>
/// The files hosts and crawlers read, beside the pages: robots.txt; _headers (a strict Content-Security-Policy
/// and friends, for hosts that read the file: Netlify, Cloudflare Pages); and, when site.yml gives the site's
/// address (<c>url</c>), sitemap.xml of every page and an Atom feed (feed.xml) of pages by their <c>reviewed</c>
/// date. Everything is derived from content, never the clock, so two builds write the same bytes.
/// </summary>
public sealed class AddHostingFiles : IModule
{
    /// <summary>The site's only sources are its own files: no inline script or style, no framing, no plugins.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const int FeedEntries = 50;

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        var urls = catalog.Urls;
        var pages = inputs.Select(d => d.Destination).OfType<string>()
            .Where(d => d.EndsWith("index.html", StringComparison.Ordinal))
            .Select(d => d[..^"index.html".Length]).Order(StringComparer.Ordinal).ToList();
        var files = new List<Document>
        {
            Text("robots.txt", $"User-agent: *\nAllow: /\n{(urls.Absolute("sitemap.xml") is { } map ? $"Sitemap: {map}\n" : "")}"),
        };
        if (!urls.Offline) // a copy opened from disk has no host to read it
        {
            files.Add(Text("_headers", $"{urls.BaseUrl}*\n  Content-Security-Policy: {ContentSecurityPolicy}\n  X-Content-Type-Options: nosniff\n"
                + "  Referrer-Policy: strict-origin-when-cross-origin\n  Permissions-Policy: interest-cohort=()\n"));
        }
        if (urls.Origin is not null)
        {
            files.Add(Text("sitemap.xml", Sitemap(pages, urls)));
            files.Add(Text("feed.xml", Feed(catalog)));
        }
        return [.. inputs, .. files];
    }

    private static Document Text(string path, string text) => Document.Create(null, path, text);

    private static string Sitemap(IEnumerable<string> pages, Urls urls) => Xml(writer =>
    {
        writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        foreach (var page in pages)
        {
            writer.WriteStartElement("url");
            writer.WriteElementString("loc", urls.Absolute(page));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    private static string Feed(Catalog catalog)
    {
        const string atom = "http://www.w3.org/2005/Atom";
        var urls = catalog.Urls;
        var entries = catalog.Items.Values
            .Where(i => i.Reviewed is not null && i.Kind is not ContentKind.Home)
            .OrderByDescending(i => i.Reviewed).ThenBy(i => i.Id, StringComparer.Ordinal).Take(FeedEntries).ToList();
        var updated = entries.Select(e => e.Reviewed).Append(catalog.Site.AsOf).Max() ?? new DateOnly(2000, 1, 1);
        return Xml(writer =>
        {
            writer.WriteStartElement("feed", atom);
            writer.WriteElementString("title", atom, catalog.Site.Title);
            if ((catalog.Site.Subtitle ?? catalog.Site.Description) is { } subtitle)
            {
                writer.WriteElementString("subtitle", atom, subtitle);
            }
            writer.WriteElementString("id", atom, urls.Absolute(""));
            writer.WriteElementString("updated", atom, Stamp(updated));
            Link(writer, urls.Absolute("feed.xml")!, "self");
            Link(writer, urls.Absolute("")!, "alternate");
            writer.WriteStartElement("author", atom);
            writer.WriteElementString("name", atom, catalog.Site.Title);
            writer.WriteEndElement();
            foreach (var item in entries)
            {
                writer.WriteStartElement("entry", atom);
                writer.WriteElementString("title", atom, item.Title);
                writer.WriteElementString("id", atom, urls.Absolute(Urls.PathOf(item)));
                writer.WriteElementString("updated", atom, Stamp(item.Reviewed!.Value));
                Link(writer, urls.Absolute(Urls.PathOf(item))!, "alternate");
                writer.WriteStartElement("category", atom);
                writer.WriteAttributeString("term", item.Kind.Noun());
                writer.WriteEndElement();
                if (item.Summary is { Length: > 0 } summary)
                {
                    writer.WriteElementString("summary", atom, summary);
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
    }

    private static void Link(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static string Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture),
            new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" }))
        {
            write(writer);
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }
}
