using System.Collections.Immutable;

namespace Brief.Content.Schema;

/// <summary>The front-matter fields a list of <see cref="OptionField"/>s reads as: grouped fields in their group's mapping.</summary>
public static class OptionFieldSpecs
{
    /// <summary>In the fields' order; a group stands where its first field does and holds all of its fields.</summary>
    public static ImmutableArray<FieldSpec> From(IReadOnlyList<OptionField> fields, IReadOnlyList<OptionFieldGroup> groups)
    {
        var specs = ImmutableArray.CreateBuilder<FieldSpec>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field.Group is not { } group)
            {
                specs.Add(Spec(field));
            }
            else if (placed.Add(group))
            {
                var declared = groups.FirstOrDefault(g => g.Key == group)
                    ?? throw new InvalidOperationException($"The option field '{field.Key}' lies in '{group}', which is not declared.");
                specs.Add(new FieldSpec(group, FieldType.Map, declared.Description, declared.Required)
                {
                    Fields = [.. fields.Where(f => f.Group == group).Select(Spec)],
                });
            }
        }
        return specs.ToImmutable();
    }

    private static FieldSpec Spec(OptionField field) =>
        new(field.Name, FieldType.Enum, field.Description, field.Required) { Allowed = field.Allowed };
}
