using System.Collections.Immutable;
using Brief.Content.Criteria;

namespace Brief.Content.Schema;

/// <summary>The front-matter fields a criteria declaration reads as: grouped criteria in their group's mapping.</summary>
public static class OptionFieldSpecs
{
    /// <summary>In the criteria's order; a group stands where its first criterion does and holds all of its criteria.</summary>
    public static ImmutableArray<FieldSpec> From(CriteriaDeclaration criteria)
    {
        var specs = ImmutableArray.CreateBuilder<FieldSpec>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var criterion in criteria.Items)
        {
            if (criterion.Group is not { } group)
            {
                specs.Add(Spec(criterion));
            }
            else if (placed.Add(group))
            {
                specs.Add(new FieldSpec(group, FieldType.Map, criteria.GroupDefinition(group), Required: true)
                {
                    Fields = [.. criteria.Items.Where(c => c.Group == group).Select(Spec)],
                });
            }
        }
        return specs.ToImmutable();
    }

    private static FieldSpec Spec(Criterion criterion) => criterion.Type switch
    {
        CriterionType.Values => new(criterion.Name, FieldType.Enum, criterion.Definition, Required: true) { Allowed = criterion.Allowed },
        CriterionType.Number => new(criterion.Name, FieldType.Number,
            criterion.Unit is { } unit ? $"{criterion.Definition} In {unit}.".TrimStart() : criterion.Definition, Required: true),
        CriterionType.References => new(criterion.Name, criterion.RefersTo == RefersTo.Events ? FieldType.TextList : FieldType.IdList,
            criterion.Definition, Required: true),
        _ => new(criterion.Name, FieldType.Text, criterion.Definition, Required: true),
    };
}
