using System.Collections.Immutable;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;
using YamlDotNet.RepresentationModel;
using static Brief.Content.Criteria.CriteriaReader;

namespace Brief.Content.Criteria;

/// <summary>Reads one item of criteria.yml's list into a <see cref="Criterion"/>, reporting what is wrong with it.</summary>
internal static class CriterionReader
{
    private static readonly string[] Keys =
        ["field", "label", "definition", "values", "better", "weight", "type", "unit", "benchmark", "glance", "refers_to"];

    /// <summary>Front-matter fields every option card has already: a criterion cannot take one of them.</summary>
    private static readonly string[] Reserved = ["id", "title", "summary", "tags", "sources", "reviewed", "draft", "order"];

    private static readonly Dictionary<string, CriterionType> Types = new(StringComparer.Ordinal)
    {
        ["values"] = CriterionType.Values, ["number"] = CriterionType.Number, ["text"] = CriterionType.Text,
        ["references"] = CriterionType.References,
    };

    public static Criterion? Read(YamlNode node, YamlAt at)
    {
        if (node is not YamlMappingNode map)
        {
            at.Error(Codes.BadCriteria, node, "a criterion must be a mapping", "write '- field: NAME' and, indented under it, 'label: TEXT'");
            return null;
        }
        foreach (var (key, _) in map.Children.Where(c => !Keys.Contains(Scalar(c.Key))))
        {
            at.Warning(Codes.UnknownCriteriaKey, key, $"unknown key '{Scalar(key)}' in a criterion; it is ignored",
                Nearest.Hint(Scalar(key), Keys) ?? $"a criterion's keys: {string.Join(", ", Keys)}");
        }
        var field = Scalar(Child(map, "field"));
        if (!IsField(field))
        {
            at.Error(Codes.BadCriteria, Child(map, "field") ?? map, field == "" ? "a criterion has no 'field'" : $"'{field}' is not a field name",
                "a field is a front-matter key of lower-case letters, digits and _ or -, or two joined by a dot (group.name)");
            return null;
        }
        if (Reserved.Contains(field.Split('.')[0]))
        {
            at.Error(Codes.ReservedCriterion, Child(map, "field")!, $"'{field}' is a field every page has; it cannot be a criterion",
                $"name the criterion otherwise; taken: {string.Join(", ", Reserved)}");
            return null;
        }
        var label = Scalar(Child(map, "label"));
        if (label == "")
        {
            at.Error(Codes.BadCriteria, Child(map, "label") ?? map, $"the criterion '{field}' has no 'label'",
                "add 'label:', the words readers see for it, e.g. 'label: Risk to forces'");
        }
        var choices = ReadChoices(Child(map, "values"), field, at);
        var type = ReadType(Child(map, "type"), choices, field, at);
        var criterion = new Criterion(field, label == "" ? field : label, type)
        {
            Definition = Scalar(Child(map, "definition")),
            Choices = choices,
            Unit = Child(map, "unit") is { } unit ? Scalar(unit) : null,
            Glance = Scalar(Child(map, "glance")) == "true",
            RefersTo = Scalar(Child(map, "refers_to")) == "events" ? RefersTo.Events : RefersTo.Authorities,
        };
        return CriterionChecks.Complete(criterion, map, at);
    }

    private static bool IsField(string field) =>
        field.Split('.') is { Length: 1 or 2 } parts && parts.All(p => p.Length > 0 && char.IsAsciiLetterLower(p[0])
            && p.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-'));

    private static ImmutableArray<FieldChoice> ReadChoices(YamlNode? node, string field, YamlAt at)
    {
        if (node is null)
        {
            return [];
        }
        if (node is not YamlSequenceNode list)
        {
            at.Error(Codes.BadCriteria, node, $"'values' of '{field}' must be a list", "write 'values: [low, medium, high]', in display order");
            return [];
        }
        var choices = ImmutableArray.CreateBuilder<FieldChoice>();
        foreach (var item in list.Children)
        {
            var (value, label) = item switch
            {
                YamlScalarNode scalar => (scalar.Value ?? "", DefaultLabel(scalar.Value ?? "")),
                YamlMappingNode pair => (Scalar(Child(pair, "value")), Scalar(Child(pair, "label"))),
                _ => ("", ""),
            };
            if (value == "" || choices.Any(c => c.Value == value))
            {
                at.Error(Codes.BadCriteria, item, value == "" ? $"a value of '{field}' is empty" : $"'{field}' lists the value '{value}' twice",
                    "each value is a word, or {value: WORD, label: TEXT}, listed once");
                continue;
            }
            choices.Add(new FieldChoice(value, label == "" ? DefaultLabel(value) : label));
        }
        return choices.ToImmutable();
    }

    /// <summary>"not-required" reads "Not required".</summary>
    private static string DefaultLabel(string value) =>
        value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].Replace('-', ' ').Replace('_', ' ');

    private static CriterionType ReadType(YamlNode? node, ImmutableArray<FieldChoice> choices, string field, YamlAt at)
    {
        var text = Scalar(node);
        if (node is null || text == "")
        {
            return choices.IsEmpty ? CriterionType.Text : CriterionType.Values;
        }
        if (Types.TryGetValue(text, out var type))
        {
            if (type == CriterionType.Values && choices.IsEmpty)
            {
                at.Error(Codes.BadCriteria, node, $"'{field}' is of type values but lists no 'values'", "add 'values: [...]', in display order");
            }
            return type;
        }
        at.Error(Codes.BadCriteria, node, $"the type of '{field}' is '{text}'; allowed: values, number, text, references",
            Nearest.Hint(text, ["values", "number", "text", "references"]) ?? "leave 'type' out for a criterion with 'values'");
        return choices.IsEmpty ? CriterionType.Text : CriterionType.Values;
    }
}
