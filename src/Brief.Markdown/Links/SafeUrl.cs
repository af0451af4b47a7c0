namespace Brief.Markdown.Links;

/// <summary>Which URLs may appear in output: web and mail links, and relative ones. javascript:, data: and the like never.</summary>
public static class SafeUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static bool IsAbsolute(string url) => Scheme(url) is not null;

    public static bool IsSafe(string url) => Scheme(url) is not { } scheme || AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);

    public static bool IsUrlAttribute(string name) => name.ToLowerInvariant() is "href" or "src" or "action" or "formaction" or "srcset" or "xlink:href";

    /// <summary>The scheme of an absolute URL, ignoring the control characters and spaces browsers ignore; null for relative URLs.</summary>
    public static string? Scheme(string url)
    {
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }
        var candidate = cleaned[..colon];
        var slash = cleaned.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon)
        {
            return null;
        }
        return candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? candidate : null;
    }
}
