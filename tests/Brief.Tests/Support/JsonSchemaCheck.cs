using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Brief.Tests.Support;

/// <summary>
/// Checks a YAML document against the subset of JSON Schema (draft-07) that brief writes: type, enum, pattern,
/// required, properties, additionalProperties, items, oneOf, min/maxProperties. YAML scalars are typed as a YAML 1.2
/// language server types them (plain true/false booleans, plain numbers numbers, everything else strings).
/// </summary>
public static class JsonSchemaCheck
{
    public static IReadOnlyList<string> Problems(JsonNode schema, YamlNode value, string at = "")
    {
        var problems = new List<string>();
        Check(schema.AsObject(), value, at, problems);
        return problems;
    }

    private static void Check(JsonObject schema, YamlNode value, string at, List<string> problems)
    {
        if (schema["oneOf"] is JsonArray options)
        {
            if (options.Count(o => Problems(o!, value, at).Count == 0) != 1)
            {
                problems.Add($"{at}: matches not exactly one of the allowed forms");
            }
            return;
        }
        var type = TypeOf(value);
        if (schema["type"] is { } expected)
        {
            var allowed = expected is JsonArray many ? many.Select(t => t!.GetValue<string>()).ToList() : [expected.GetValue<string>()];
            if (!allowed.Contains(type) && !(type == "integer" && allowed.Contains("number")))
            {
                problems.Add($"{at}: is {type}, not {string.Join(" or ", allowed)}");
                return;
            }
        }
        switch (value)
        {
            case YamlScalarNode scalar when type == "string":
                if (schema["enum"] is JsonArray values && !values.Any(v => v!.GetValue<string>() == scalar.Value))
                {
                    problems.Add($"{at}: '{scalar.Value}' is not one of the allowed values");
                }
                if (schema["pattern"] is { } pattern && !Regex.IsMatch(scalar.Value ?? "", pattern.GetValue<string>(), RegexOptions.CultureInvariant))
                {
                    problems.Add($"{at}: '{scalar.Value}' does not match {pattern}");
                }
                break;
            case YamlSequenceNode sequence when schema["items"] is JsonObject items:
                var index = 0;
                foreach (var item in sequence)
                {
                    Check(items, item, $"{at}[{index++}]", problems);
                }
                break;
            case YamlMappingNode mapping:
                var properties = schema["properties"]?.AsObject();
                var keys = mapping.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
                foreach (var name in schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
                {
                    if (!keys.Contains(name))
                    {
                        problems.Add($"{at}: '{name}' is required");
                    }
                }
                if (schema["minProperties"] is { } min && keys.Count < min.GetValue<int>() || schema["maxProperties"] is { } max
                    && keys.Count > max.GetValue<int>())
                {
                    problems.Add($"{at}: has {keys.Count} fields");
                }
                foreach (var (key, child) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    if (properties?[name] is JsonObject property)
                    {
                        Check(property, child, $"{at}.{name}", problems);
                    }
                    else if (schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
                    {
                        problems.Add($"{at}: unknown field '{name}'");
                    }
                }
                break;
        }
    }

    private static string TypeOf(YamlNode node) => node switch
    {
        YamlMappingNode => "object",
        YamlSequenceNode => "array",
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } => "boolean",
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } text } when long.TryParse(text, NumberStyles.Integer,
            CultureInfo.InvariantCulture, out _) => "integer",
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } text } when double.TryParse(text, NumberStyles.Float,
            CultureInfo.InvariantCulture, out _) => "number",
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" } => "null",
        _ => "string",
    };
}
