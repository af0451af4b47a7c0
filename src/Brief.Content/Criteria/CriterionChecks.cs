using System.Globalization;
using Brief.Core.Diagnostics;
using YamlDotNet.RepresentationModel;
using static Brief.Content.Criteria.CriteriaReader;

namespace Brief.Content.Criteria;

/// <summary>Reads and checks a criterion's better end, weight and benchmark, which must agree with its type and values.</summary>
internal static class CriterionChecks
{
    public static Criterion Complete(Criterion criterion, YamlMappingNode map, YamlAt at)
    {
        var better = ReadBetter(criterion, Child(map, "better"), at);
        criterion = criterion with { Better = better };
        return criterion with
        {
            Weight = ReadWeight(criterion, Child(map, "weight"), at),
            Benchmark = ReadBenchmark(criterion, Child(map, "benchmark"), at),
        };
    }

    private static Better ReadBetter(Criterion criterion, YamlNode? node, YamlAt at)
    {
        string[] allowed = criterion.Type switch
        {
            CriterionType.Values => ["first", "last", "none"],
            CriterionType.Number => ["lower", "higher", "none"],
            _ => ["none"],
        };
        var text = Scalar(node);
        if (node is null || text == "")
        {
            return Better.None;
        }
        if (allowed.Contains(text))
        {
            return Enum.Parse<Better>(text, ignoreCase: true);
        }
        at.Error(Codes.BadBetter, node, $"'better' of '{criterion.Field}' is '{text}'; for a {criterion.Type.ToString().ToLowerInvariant()} " +
            $"criterion it is one of {string.Join(", ", allowed)}",
            "first or last: which end of 'values' is better; lower or higher: for numbers; none: not ranked");
        return Better.None;
    }

    private static double? ReadWeight(Criterion criterion, YamlNode? node, YamlAt at)
    {
        if (node is null)
        {
            return null;
        }
        if (!TryNumber(node, out var weight) || weight < 0)
        {
            at.Error(Codes.BadWeight, node, $"the weight of '{criterion.Field}' is '{Scalar(node)}', not a number of 0 or more",
                "write a weight such as 1, 2 or 3: how much the criterion counts in the decision matrix");
            return null;
        }
        if (weight > 0 && !criterion.Ranked)
        {
            at.Error(Codes.BadWeight, node, $"'{criterion.Field}' has a weight but is not ranked",
                "give it 'better:' (first or last for values, lower or higher for numbers), or remove the weight");
            return null;
        }
        return weight;
    }

    private static string? ReadBenchmark(Criterion criterion, YamlNode? node, YamlAt at)
    {
        if (node is null)
        {
            return null;
        }
        var text = Scalar(node);
        var fits = criterion.Ranked && (criterion.Type == CriterionType.Number ? TryNumber(node, out _) : criterion.Allowed.Contains(text));
        if (fits)
        {
            return text;
        }
        at.Error(Codes.BadBenchmark, node, criterion.Ranked
                ? $"the benchmark of '{criterion.Field}' is '{text}'; " + (criterion.Type == CriterionType.Number
                    ? "it must be a number" : $"it must be one of {string.Join(", ", criterion.Allowed)}")
                : $"'{criterion.Field}' has a benchmark but is not ranked",
            "a benchmark is the worst acceptable value of a ranked criterion: an option beyond it is screened out");
        return null;
    }

    internal static bool TryNumber(YamlNode node, out double number)
    {
        number = 0;
        return node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }
}
