using System.Collections.Immutable;
using System.Globalization;
using Brief.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Brief.Content.Schema;

/// <summary>
/// Reads a YAML mapping through a <see cref="ContentSchema"/>: every field typed and positioned, every problem
/// (missing, wrong type, value outside its set, unknown field) reported, none of them fatal to the others.
/// </summary>
public sealed class FieldReader(string file, int lineOffset, DiagnosticBag diagnostics)
{
    public FieldValues Read(YamlMappingNode mapping, ContentSchema schema) => Read(mapping, schema.Fields, null);

    private FieldValues Read(YamlMappingNode mapping, ImmutableArray<FieldSpec> fields, string? parent)
    {
        var values = ImmutableDictionary.CreateBuilder<string, Located<object>>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var empty = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var textStarts = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var (line, column) = Position(keyNode);
            var spec = fields.FirstOrDefault(f => f.Name == key);
            if (spec is null)
            {
                diagnostics.Warning(Codes.UnknownField, $"unknown field '{Qualified(parent, key)}'; it is ignored", file, line, column,
                    Nearest.Hint(key, fields.Select(f => f.Name)) ?? $"known fields: {string.Join(", ", fields.Select(f => f.Name))}");
                continue;
            }
            if (valueNode is YamlScalarNode { Value: null or "" } && valueNode.Tag.IsEmpty)
            {
                empty[key] = (line, column); // an empty value is the same as an absent one, but it has a line to point at
                continue;
            }
            present.Add(key);
            if (ReadValue(valueNode, spec, Qualified(parent, key)) is { } value)
            {
                var (valueLine, valueColumn) = Position(valueNode);
                values[key] = new Located<object>(value, valueLine, valueColumn);
                TextStart.Record(textStarts, key, valueNode);
            }
        }
        var (mapLine, mapColumn) = Position(mapping);
        foreach (var missing in fields.Where(f => f.Required && !present.Contains(f.Name)))
        {
            var hint = missing.Allowed.IsEmpty ? missing.Description : $"{missing.Description} Allowed values: {string.Join(", ", missing.Allowed)}.";
            if (empty.TryGetValue(missing.Name, out var at))
            {
                diagnostics.Error(Codes.MissingField, $"required field '{Qualified(parent, missing.Name)}' is empty", file, at.Line, at.Column, hint);
            }
            else
            {
                diagnostics.Error(Codes.MissingField, $"required field '{Qualified(parent, missing.Name)}' is missing", file, mapLine,
                    mapColumn, hint);
            }
        }
        return new FieldValues(values.ToImmutable(), mapLine, mapColumn) { TextStarts = textStarts.ToImmutable() };
    }

    private object? ReadValue(YamlNode node, FieldSpec spec, string name)
    {
        switch (spec.Type)
        {
            case FieldType.Map:
                return node is YamlMappingNode map ? Read(map, spec.Fields, name) : WrongType(node, name, "a mapping of fields");
            case FieldType.TextList or FieldType.IdList:
                return ReadList(node, spec, name);
            case FieldType.Sections:
                return ReadSections(node, name);
            case FieldType.Records:
                return node is YamlSequenceNode records
                    ? records.Children.Select(item => item is YamlMappingNode map ? Read(map, spec.Fields, name) : WrongType(item, $"{name} item",
                        "a mapping of fields")).OfType<FieldValues>().ToImmutableArray()
                    : WrongType(node, name, "a list");
        }
        return node is YamlScalarNode scalar ? ReadScalar(scalar, spec, name) : WrongType(node, name, "a single value");
    }

    private object? ReadScalar(YamlScalarNode node, FieldSpec spec, string name)
    {
        var text = node.Value ?? "";
        var plain = node.Style is YamlDotNet.Core.ScalarStyle.Plain;
        var (line, column) = Position(node);
        switch (spec.Type)
        {
            case FieldType.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }
                diagnostics.Error(Codes.InvalidDate, $"'{name}' is '{text}', not a date", file, line, column,
                    "write dates as YYYY-MM-DD, e.g. 2025-11-04");
                return null;
            case FieldType.PartialDate:
                if (PartialDate.TryParse(text, out var partial))
                {
                    return partial;
                }
                diagnostics.Error(Codes.InvalidDate, $"'{name}' is '{text}', not a date", file, line, column, "write YYYY-MM-DD, YYYY-MM or YYYY");
                return null;
            case FieldType.Bool:
                return plain && text is "true" or "false" ? text == "true" : WrongType(node, name, "true or false");
            case FieldType.Number:
                return plain && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : WrongType(node, name, "a number");
            case FieldType.Enum:
                return AllowedValues.Enum(text, spec, name, new(file, line, column), diagnostics);
            case FieldType.Id:
                return AllowedValues.Id(text, name, new(file, line, column), diagnostics);
            default:
                return text;
        }
    }

    private ImmutableArray<Located<string>>? ReadList(YamlNode node, FieldSpec spec, string name)
    {
        var items = node switch
        {
            YamlSequenceNode sequence => sequence.Children,
            YamlScalarNode => [node], // a single value where a list is expected is read as a list of one
            _ => null,
        };
        if (items is null)
        {
            WrongType(node, name, "a list");
            return null;
        }
        var list = ImmutableArray.CreateBuilder<Located<string>>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } value })
            {
                var (line, column) = Position(item);
                if (spec.Allowed.IsEmpty || AllowedValues.Enum(value, spec, name, new(file, line, column), diagnostics) is not null)
                {
                    list.Add(new Located<string>(value, line, column));
                }
            }
            else
            {
                WrongType(item, $"{name} item", spec.Type == FieldType.IdList ? "an id" : "a text value");
            }
        }
        return list.ToImmutable();
    }

    private ImmutableArray<Located<SectionRef>>? ReadSections(YamlNode node, string name)
    {
        if (node is not YamlSequenceNode sequence)
        {
            WrongType(node, name, "a list");
            return null;
        }
        var list = ImmutableArray.CreateBuilder<Located<SectionRef>>();
        foreach (var item in sequence.Children)
        {
            var (line, column) = Position(item);
            var section = item switch
            {
                YamlScalarNode { Value: { } kind } when SectionRef.Plain.Contains(kind) => new SectionRef(kind),
                YamlMappingNode { Children.Count: 1 } map when map.Children[0] is ({ } k, YamlScalarNode { Value: { } id })
                    && k is YamlScalarNode { Value: { } single } && SectionRef.Single.Contains(single) => new SectionRef(single, id),
                _ => null,
            };
            if (section is null)
            {
                var shown = item is YamlScalarNode scalar ? scalar.Value ?? "" : "this item";
                diagnostics.Error(Codes.BadManifest, $"unknown section '{shown}'", file, line, column,
                    $"a section is one of {string.Join(", ", SectionRef.Plain)}, or {{explainer: ID}} or {{option: ID}}");
                continue;
            }
            list.Add(new Located<SectionRef>(section, line, column));
        }
        return list.ToImmutable();
    }

    private object? WrongType(YamlNode node, string name, string expected)
    {
        var (line, column) = Position(node);
        diagnostics.Error(Codes.WrongType, $"'{name}' must be {expected}", file, line, column);
        return null;
    }

    private static string Qualified(string? parent, string key) => parent is null ? key : $"{parent}.{key}";

    private (int Line, int Column) Position(YamlNode node) => ((int)node.Start.Line + lineOffset, (int)node.Start.Column);
}
