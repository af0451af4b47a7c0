using Brief.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Brief.Content.Loading;

/// <summary>Parses YAML text into a mapping; a syntax error is a diagnostic at its file position, never an exception.</summary>
public static class YamlDocument
{
    /// <param name="firstLine">The file line the YAML text starts on.</param>
    public static YamlMappingNode? ParseMapping(string yaml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return [];
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            foreach (var scalar in root?.AllNodes.OfType<YamlScalarNode>() ?? [])
            {
                scalar.Value = WithoutControlCharacters(scalar.Value);
            }
            switch (root)
            {
                case YamlMappingNode mapping:
                    return mapping;
                case null:
                case YamlScalarNode { Value: null or "" }:
                    return [];
                default:
                    diagnostics.Error(Codes.YamlSyntax, "expected 'field: value' lines", file, (int)root.Start.Line + firstLine - 1,
                        (int)root.Start.Column);
                    return null;
            }
        }
        catch (MaximumRecursionLevelReachedException exception)
        {
            diagnostics.Error(Codes.YamlSyntax, "YAML nests too deeply (over 1,000 levels of lists or mappings)", file,
                (int)exception.Start.Line + firstLine - 1, (int)exception.Start.Column, "front matter needs at most a list of values; flatten it");
            return null;
        }
        catch (YamlException exception)
        {
            var message = (exception.InnerException?.Message ?? exception.Message).Split(" (Line", 2)[0].Split("(Line", 2)[0].Trim();
            diagnostics.Error(Codes.YamlSyntax, $"YAML syntax: {message}", file,
                (int)exception.Start.Line + firstLine - 1, (int)exception.Start.Column,
                "check indentation, and quote values that contain ': ' or start with a special character");
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails this way, without a position, on some unterminated flow collections and on aliases
            // in odd places.
            diagnostics.Error(Codes.YamlSyntax, "YAML syntax: the front matter could not be read", file, firstLine, 1,
                "look for an unclosed '[', '{' or quote");
            return null;
        }
    }

    /// <summary>
    /// Control characters that YAML escapes can spell ("\0", "\x01") become U+FFFD, as NUL does in Markdown: none
    /// means anything in a briefing, and in a page they are HTML parse errors. Tabs and line breaks stay.
    /// </summary>
    private static string? WithoutControlCharacters(string? value)
    {
        if (value is null || !value.Any(IsControl))
        {
            return value;
        }
        return string.Create(value.Length, value, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = IsControl(text[i]) ? '\uFFFD' : text[i];
            }
        });
    }

    private static bool IsControl(char c) => char.IsControl(c) && c is not '\t' and not '\n' and not '\r';
}
