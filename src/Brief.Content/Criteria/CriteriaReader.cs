using System.Collections.Immutable;
using Brief.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Brief.Content.Criteria;

/// <summary>
/// Reads a criteria declaration (input/criteria.yml, or the built-in one): every problem a diagnostic at its line and
/// column with a code and a hint, none of them fatal to the others. A criterion that cannot be read is left out.
/// </summary>
public static class CriteriaReader
{
    private static readonly string[] TopKeys = ["criteria", "groups"];

    public static CriteriaDeclaration? Read(string text, string file, DiagnosticBag diagnostics)
    {
        var mapping = Loading.YamlDocument.ParseMapping(text, file, 1, diagnostics);
        if (mapping is null)
        {
            return null;
        }
        var at = new YamlAt(file, diagnostics);
        foreach (var (key, _) in mapping.Children.Where(c => !TopKeys.Contains(Scalar(c.Key))))
        {
            at.Warning(Codes.UnknownCriteriaKey, key, $"unknown key '{Scalar(key)}' in criteria.yml; it is ignored",
                "criteria.yml holds 'criteria:' (a list) and, optionally, 'groups:'");
        }
        if (Child(mapping, "criteria") is not YamlSequenceNode list || list.Children.Count == 0)
        {
            at.Error(Codes.BadCriteria, Child(mapping, "criteria") ?? mapping, "criteria.yml must hold 'criteria:', a list of criteria",
                "write 'criteria:' and under it '- field: NAME' with 'label:' for each criterion");
            return null;
        }
        var criteria = ImmutableArray.CreateBuilder<Criterion>();
        foreach (var node in list.Children)
        {
            if (CriterionReader.Read(node, at) is not { } criterion)
            {
                continue;
            }
            if (criteria.Any(c => c.Field == criterion.Field || c.Field.StartsWith(criterion.Field + ".", StringComparison.Ordinal)
                || criterion.Field.StartsWith(c.Field + ".", StringComparison.Ordinal)))
            {
                at.Error(Codes.DuplicateCriterion, Child((YamlMappingNode)node, "field")!, $"the field '{criterion.Field}' is declared twice",
                    "each criterion has its own field; remove or rename one");
                continue;
            }
            criteria.Add(criterion);
        }
        return new CriteriaDeclaration(criteria.ToImmutable(), ReadGroups(Child(mapping, "groups"), at),
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))));
    }

    private static ImmutableArray<CriterionGroup> ReadGroups(YamlNode? node, YamlAt at)
    {
        if (node is null)
        {
            return [];
        }
        if (node is not YamlSequenceNode list)
        {
            at.Error(Codes.BadCriteria, node, "'groups' must be a list", "write '- field: NAME' and 'definition: TEXT' for each group");
            return [];
        }
        return [.. list.Children.OfType<YamlMappingNode>().Where(g => Scalar(Child(g, "field")) != "")
            .Select(g => new CriterionGroup(Scalar(Child(g, "field")), Scalar(Child(g, "definition"))))];
    }

    internal static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(c => Scalar(c.Key) == key).Value;

    internal static string Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value ?? "";
}

/// <summary>Reports diagnostics at a YAML node's position in one file.</summary>
internal sealed class YamlAt(string file, DiagnosticBag diagnostics)
{
    public void Error(string code, YamlNode node, string message, string hint) =>
        diagnostics.Error(code, message, file, (int)node.Start.Line, (int)node.Start.Column, hint);

    public void Warning(string code, YamlNode node, string message, string hint) =>
        diagnostics.Warning(code, message, file, (int)node.Start.Line, (int)node.Start.Column, hint);
}
