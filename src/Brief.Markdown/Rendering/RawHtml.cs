using Ganss.Xss;

namespace Brief.Markdown.Rendering;

/// <summary>Raw HTML in Markdown is allowed but sanitized: no scripts, event handlers, styles or javascript: URLs.</summary>
public static class RawHtml
{
    /// <summary>A sanitizer that keeps the markup brief itself writes (term tooltips, heading ids, table alignment).</summary>
    public static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.UnionWith(["class", "id", "role", "aria-describedby", "aria-label", "aria-hidden", "loading"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedSchemes.UnionWith(["mailto", "tel"]);
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedCssProperties.Clear();
        return sanitizer;
    }

    [ThreadStatic]
    private static (HtmlSanitizer Sanitizer, List<string> Removed)? _local;

    /// <summary>This thread's sanitizer (made once: a sanitizer is costly to set up), with a list of what it removes.</summary>
    private static (HtmlSanitizer Sanitizer, List<string> Removed) Local()
    {
        if (_local is { } local)
        {
            return local;
        }
        var sanitizer = CreateSanitizer();
        var found = new List<string>();
        sanitizer.RemovingTag += (_, e) => found.Add($"<{e.Tag.TagName.ToLowerInvariant()}>");
        sanitizer.RemovingAttribute += (_, e) => found.Add($"attribute '{e.Attribute.Name}'");
        sanitizer.RemovingStyle += (_, e) => found.Add("style");
        _local = (sanitizer, found);
        return (sanitizer, found);
    }

    private static readonly HashSet<string> Allowed = CreateSanitizer().AllowedTags.ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Void = new(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Sanitizes a fragment; <paramref name="removed"/> names what was taken out (empty when nothing was).</summary>
    public static string Sanitize(string html, out List<string> removed)
    {
        var (sanitizer, found) = Local();
        found.Clear();
        var result = sanitizer.Sanitize(html);
        removed = [.. found];
        return result;
    }

    /// <summary>Sanitizes a fragment, whatever is removed (the second pass over a whole body).</summary>
    public static string Sanitize(string html) => Sanitize(html, out _);

    /// <summary>Whether one inline tag (open or close) can be written as it is.</summary>
    public static bool IsSafeTag(string tag, out List<string> removed)
    {
        removed = [];
        if (tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            return true;
        }
        if (tag.StartsWith("</", StringComparison.Ordinal))
        {
            var name = tag[2..].TrimEnd('>', ' ', '\t', '\n').ToLowerInvariant();
            if (Allowed.Contains(name))
            {
                return true;
            }
            removed.Add($"<{name}>");
            return false;
        }
        Sanitize(tag, out removed);
        return removed.Count == 0;
    }

    /// <summary>The element name of an open or close tag; null for comments, declarations and the like.</summary>
    public static string? TagName(string tag)
    {
        var start = tag.StartsWith("</", StringComparison.Ordinal) ? 2 : tag.StartsWith('<') ? 1 : -1;
        if (start < 0 || start >= tag.Length || !char.IsAsciiLetter(tag[start]))
        {
            return null;
        }
        var end = start;
        while (end < tag.Length && (char.IsAsciiLetterOrDigit(tag[end]) || tag[end] == '-'))
        {
            end++;
        }
        return tag[start..end];
    }

    public static bool IsVoid(string name) => Void.Contains(name);

    private static readonly HashSet<string> Phrasing = new(
        ["a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q", "s",
         "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether an element may stand inside a paragraph (HTML's phrasing content).</summary>
    public static bool IsPhrasing(string name) => Phrasing.Contains(name);

    /// <summary>Whether the sanitizer keeps this element.</summary>
    public static bool IsAllowed(string name) => Allowed.Contains(name);

    /// <summary>
    /// How deeply the elements of a raw HTML fragment nest, counted from its tags alone (close tags close the
    /// nearest element; void and self-closed ones do not nest), so depth is bounded before any parser sees it.
    /// </summary>
    public static int NestingDepth(string html)
    {
        var (depth, deepest) = (0, 0);
        for (var at = html.IndexOf('<'); at >= 0 && at < html.Length; at = html.IndexOf('<', at + 1))
        {
            if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }
                at = end;
                continue;
            }
            var close = html.IndexOf('>', at);
            if (close < 0)
            {
                break;
            }
            var tag = html[at..(close + 1)];
            if (TagName(tag) is not { } name)
            {
                continue;
            }
            if (tag.StartsWith("</", StringComparison.Ordinal))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!IsVoid(name) && !tag.EndsWith("/>", StringComparison.Ordinal))
            {
                deepest = Math.Max(deepest, ++depth);
            }
            at = close;
        }
        return deepest;
    }
}
