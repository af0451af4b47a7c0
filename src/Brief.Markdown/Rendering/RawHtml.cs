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

    /// <summary>Sanitizes a fragment; <paramref name="removed"/> names what was taken out (empty when nothing was).</summary>
    public static string Sanitize(string html, out List<string> removed)
    {
        var sanitizer = CreateSanitizer();
        var found = new List<string>();
        sanitizer.RemovingTag += (_, e) => found.Add($"<{e.Tag.TagName.ToLowerInvariant()}>");
        sanitizer.RemovingAttribute += (_, e) => found.Add($"attribute '{e.Attribute.Name}'");
        sanitizer.RemovingStyle += (_, e) => found.Add("style");
        var result = sanitizer.Sanitize(html);
        removed = found;
        return result;
    }

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
            if (CreateSanitizer().AllowedTags.Contains(name))
            {
                return true;
            }
            removed.Add($"<{name}>");
            return false;
        }
        Sanitize(tag, out removed);
        return removed.Count == 0;
    }
}
