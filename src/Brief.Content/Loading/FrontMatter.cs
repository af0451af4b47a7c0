using Brief.Core.Diagnostics;

namespace Brief.Content.Loading;

/// <summary>
/// A Markdown file split into its YAML front matter (between '---' lines at the top) and its body, with the
/// file line each part starts on, so that positions inside either part map back to the file.
/// </summary>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    public static FrontMatter? Split(string text, string file, DiagnosticBag diagnostics)
    {
        if (!IsFence(text, 0, out var afterOpening))
        {
            return new FrontMatter("", 1, text, 1);
        }
        var position = afterOpening;
        var line = 2;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end + 1;
            if (IsFence(text, position, out _) || IsFence(text, position, out _, "..."))
            {
                return new FrontMatter(text[afterOpening..position], 2, text[lineEnd..], line + 1);
            }
            position = lineEnd;
            line++;
        }
        diagnostics.Error(Codes.UnclosedFrontMatter, "front matter starts with '---' but is never closed", file, 1, 1,
            "end the front matter with a line holding only '---'");
        return null;
    }

    private static bool IsFence(string text, int start, out int next, string fence = "---")
    {
        next = start;
        if (string.CompareOrdinal(text, start, fence, 0, 3) != 0)
        {
            return false;
        }
        var i = start + 3;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }
        if (i < text.Length && text[i] != '\n')
        {
            return false;
        }
        next = Math.Min(i + 1, text.Length);
        return true;
    }
}
