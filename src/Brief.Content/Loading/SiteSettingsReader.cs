using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;

namespace Brief.Content.Loading;

/// <summary>Reads site.yml. A missing or unreadable file is an error; the title falls back so checking can go on.</summary>
public static class SiteSettingsReader
{
    public static SiteSettings Read(string path, string file, DiagnosticBag diagnostics)
    {
        var fallback = new SiteSettings { Title = "Briefing" };
        if (!System.IO.File.Exists(path))
        {
            diagnostics.Error(Codes.MissingSiteFile, "site.yml is missing", file, 0, 0, "create it with at least 'title: Your briefing'");
            return fallback;
        }
        var text = SourceText.Read(path, file, diagnostics);
        var mapping = text is null ? null : YamlDocument.ParseMapping(text, file, 1, diagnostics);
        if (mapping is null)
        {
            return fallback;
        }
        var fields = new FieldReader(file, 0, diagnostics).Read(mapping, Schemas.Site);
        var (basePath, origin) = AddressOf(fields, file, diagnostics);
        return new SiteSettings
        {
            Title = fields.Text("title") ?? fallback.Title,
            Subtitle = fields.Text("subtitle"),
            Description = fields.Text("description"),
            AsOf = fields.Date("as_of"),
            Marking = fields.Text("marking"),
            BaseUrl = basePath,
            Language = fields.Text("language") ?? "en",
            Url = origin,
            Acronyms = [.. fields.List("acronyms").Select(a => a.Value)],
            ReviewAfterDays = fields.Number("review_after_days") is { } days ? (int)days : null,
            Standards = [.. fields.List("standards").Select(s => s.Value).Distinct(StringComparer.Ordinal)],
            Markings = MarkingsReader.Read(fields, file, diagnostics),
        };
    }

    /// <summary>
    /// The base URL and the origin from 'base_url' and 'url': a url with a path (https://owner.github.io/repo/) gives the
    /// base URL too, and a base_url beside it must name the same path.
    /// </summary>
    private static (string BasePath, string? Origin) AddressOf(FieldValues fields, string file, DiagnosticBag diagnostics)
    {
        var baseUrl = fields.Text("base_url");
        if (baseUrl is not null && !SiteSettings.IsValidBaseUrl(baseUrl))
        {
            var (line, column) = fields.PositionOf("base_url");
            diagnostics.Error(Codes.InvalidValue, $"'base_url' is '{baseUrl}', not a path", file, line, column,
                "write the path the site is hosted under, e.g. /briefings/cartels/ (letters, digits, '-', '_', '.' and '/')");
            baseUrl = null;
        }
        SiteAddress? address = null;
        if (fields.Text("url") is { } url && (address = SiteAddress.Parse(url)) is null)
        {
            var (line, column) = fields.PositionOf("url");
            diagnostics.Error(Codes.InvalidValue, $"'url' is '{url}', not an http or https address", file, line, column,
                "write the full address the site is published at, e.g. https://briefing.example.org/cartels/ (no query or '#')");
        }
        if (baseUrl is not null && address is { HasPath: true } && SiteSettings.NormalizeBaseUrl(baseUrl) != address.Path)
        {
            var (line, column) = fields.PositionOf("base_url");
            diagnostics.Error(Codes.InvalidValue,
                $"'base_url' is '{baseUrl}', but 'url' puts the site under '{address.Path}'", file, line, column,
                "remove 'base_url' (the path of 'url' is the base URL) or make the two name the same path");
        }
        var basePath = baseUrl ?? (address is { HasPath: true } ? address.Path : null);
        return (SiteSettings.NormalizeBaseUrl(basePath), address?.Origin);
    }
}
