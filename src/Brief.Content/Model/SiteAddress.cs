namespace Brief.Content.Model;

/// <summary>
/// Where a site is published (site.yml's url, brief build --url): the scheme and host (<see cref="Origin"/>, without a
/// trailing '/') and the path it is hosted under (<see cref="Path"/>, starting and ending with '/'). A project site's
/// address, https://owner.github.io/repo/, gives both.
/// </summary>
public sealed record SiteAddress(string Origin, string Path)
{
    /// <summary>True when the address names a path below the host's root, which is then the site's base URL.</summary>
    public bool HasPath => Path != "/";

    /// <summary>
    /// An absolute http or https address with no query, fragment or user name, whose path is plain segments
    /// (<see cref="SiteSettings.IsValidBaseUrl"/>); null for anything else.
    /// </summary>
    public static SiteAddress? Parse(string value)
    {
        var trimmed = value.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || uri.Query.Length != 0 || uri.Fragment.Length != 0 || uri.UserInfo.Length != 0
            || trimmed.Contains('?', StringComparison.Ordinal) || trimmed.Contains('#', StringComparison.Ordinal)
            || !SiteSettings.IsValidBaseUrl(uri.AbsolutePath))
        {
            return null;
        }
        return new SiteAddress(uri.GetLeftPart(UriPartial.Authority), SiteSettings.NormalizeBaseUrl(uri.AbsolutePath));
    }
}
