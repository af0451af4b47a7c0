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
        if (fields.Text("base_url") is { } baseUrl && !SiteSettings.IsValidBaseUrl(baseUrl))
        {
            var (line, column) = fields.PositionOf("base_url");
            diagnostics.Error(Codes.InvalidValue, $"'base_url' is '{baseUrl}', not a path", file, line, column,
                "write the path the site is hosted under, e.g. /briefings/cartels/ (letters, digits, '-', '_', '.' and '/')");
        }
        string? url = null;
        if (fields.Text("url") is { } address && (url = SiteSettings.NormalizeUrl(address)) is null)
        {
            var (line, column) = fields.PositionOf("url");
            diagnostics.Error(Codes.InvalidValue, $"'url' is '{address}', not an http or https address of a host", file, line, column,
                "write the scheme and host only, e.g. https://briefings.example.org, and put a path in 'base_url'");
        }
        return new SiteSettings
        {
            Title = fields.Text("title") ?? fallback.Title,
            Subtitle = fields.Text("subtitle"),
            Description = fields.Text("description"),
            AsOf = fields.Date("as_of"),
            Marking = fields.Text("marking"),
            BaseUrl = SiteSettings.NormalizeBaseUrl(fields.Text("base_url")),
            Language = fields.Text("language") ?? "en",
            Url = url,
            Acronyms = [.. fields.List("acronyms").Select(a => a.Value)],
            ReviewAfterDays = fields.Number("review_after_days") is { } days ? (int)days : null,
        };
    }
}
