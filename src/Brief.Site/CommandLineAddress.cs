using Brief.Content.Model;
using Brief.Core.Diagnostics;

namespace Brief.Site;

/// <summary>
/// brief build's --url and --base-url over site.yml's url and base_url. --url gives the origin and, when it has a path,
/// the base URL; --base-url beside such a --url must name the same path.
/// </summary>
public static class CommandLineAddress
{
    public static SiteSettings Apply(SiteSettings site, BuildOptions options, DiagnosticBag diagnostics)
    {
        SiteAddress? address = null;
        if (options.Url is not null && (address = SiteAddress.Parse(options.Url)) is null)
        {
            diagnostics.Error(Codes.InvalidValue, $"--url is '{options.Url}', not an http or https address", "--url", 0, 0,
                "give the full address the site is published at, e.g. --url https://owner.github.io/repo/");
        }
        var baseUrl = options.BaseUrl;
        if (baseUrl is not null && !SiteSettings.IsValidBaseUrl(baseUrl))
        {
            diagnostics.Error(Codes.InvalidValue, $"--base-url is '{baseUrl}', not a path", "--base-url", 0, 0,
                "give the path the site is hosted under, e.g. --base-url /briefings/cartels/");
            baseUrl = null;
        }
        if (baseUrl is not null && address is { HasPath: true } && SiteSettings.NormalizeBaseUrl(baseUrl) != address.Path)
        {
            diagnostics.Error(Codes.InvalidValue, $"--base-url is '{baseUrl}', but --url puts the site under '{address.Path}'",
                "--base-url", 0, 0, "leave out --base-url (the path of --url is the base URL) or give the same path to both");
        }
        var path = baseUrl ?? (address is { HasPath: true } ? address.Path : null);
        return site with
        {
            BaseUrl = path is null ? site.BaseUrl : SiteSettings.NormalizeBaseUrl(path),
            Url = address?.Origin ?? site.Url,
        };
    }
}
