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
            return new YamlMappingNode();
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            switch (root)
            {
                case YamlMappingNode mapping:
                    return mapping;
                case null:
                case YamlScalarNode { Value: null or "" }:
                    return new YamlMappingNode();
                default:
                    diagnostics.Error(Codes.YamlSyntax, "expected 'field: value' lines", file, (int)root.Start.Line + firstLine - 1, (int)root.Start.Column);
                    return null;
            }
        }
        catch (YamlException exception)
        {
            var message = (exception.InnerException?.Message ?? exception.Message).Split(" (Line", 2)[0].Split("(Line", 2)[0].Trim();
            diagnostics.Error(Codes.YamlSyntax, $"YAML syntax: {message}", file,
                (int)exception.Start.Line + firstLine - 1, (int)exception.Start.Column,
                "check indentation, and quote values that contain ': ' or start with a special character");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections, without a position.
            diagnostics.Error(Codes.YamlSyntax, "YAML syntax: the front matter could not be read", file, firstLine, 1,
                "look for an unclosed '[', '{' or quote");
            return null;
        }
    }
}
