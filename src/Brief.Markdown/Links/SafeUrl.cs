namespace Brief.Markdown.Links;

/// <summary>Which URLs may appear in output: web and mail links, and relative ones. javascript:, data: and the like never.</summary>
public static class SafeUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static bool IsAbsolute(string url) => Scheme(url) is not null;

    public static bool IsSafe(string url) => Scheme(url) is not { } scheme || AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);

    public static bool IsUrlAttribute(string name) =>
        name.ToLowerInvariant() is "href" or "src" or "action" or "formaction" or "srcset" or "xlink:href";

    /// <summary>The scheme of an absolute URL, ignoring the control characters and spaces browsers ignore; null for relative URLs.</summary>
    public static string? Scheme(string url)
    {
        // One pass, allocating only the scheme it returns (it runs on every link of every page): the scheme is what
        // comes before the first ':', once ignored characters are left out, unless a '/', '?' or '#' comes first.
        var kept = 0;
        var valid = true;
        var ignored = false;
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (IsIgnored(c))
            {
                ignored = true;
            }
            else if (c == ':')
            {
                return kept == 0 || !valid ? null : ignored ? new string([.. url[..i].Where(ch => !IsIgnored(ch))]) : url[..i];
            }
            else if (c is '/' or '?' or '#')
            {
                return null;
            }
            else
            {
                kept++;
                valid &= char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.';
            }
        }
        return null;
    }

    private static bool IsIgnored(char c) => char.IsControl(c) || char.IsWhiteSpace(c);
}
