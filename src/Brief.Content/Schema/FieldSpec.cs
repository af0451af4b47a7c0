using System.Collections.Immutable;

namespace Brief.Content.Schema;

/// <summary>One front matter or YAML field: its name, type, whether it is required, allowed values, nested fields.</summary>
public sealed record FieldSpec(string Name, FieldType Type, string Description, bool Required = false)
{
    public ImmutableArray<string> Allowed { get; init; } = [];
    public ImmutableArray<FieldSpec> Fields { get; init; } = [];

    public static FieldSpec Text(string name, string description, bool required = false) => new(name, FieldType.Text, description, required);
}
