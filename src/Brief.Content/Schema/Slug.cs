using System.Text;

namespace Brief.Content.Schema;

/// <summary>Ids are lower-case slugs: [a-z0-9]+(-[a-z0-9]+)*.</summary>
public static class Slug
{
    public static bool IsValid(string value)
    {
        if (value.Length == 0 || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = c is >= 'a' and <= 'z' or >= '0' and <= '9' || (c == '-' && value[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The slug a title or file name suggests: "Title 50 (U.S.C.)" becomes "title-50-u-s-c".</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().Trim('-');
    }
}
