using System.Collections.Immutable;

namespace Brief.Content.Schema;

/// <summary>The fields of one kind of file. The validator reads files through these definitions, and only these.</summary>
public sealed record ContentSchema(string Name, ImmutableArray<FieldSpec> Fields)
{
    /// <summary>The sections a body of this kind conventionally has (headings, in order); new files start with them.</summary>
    public ImmutableArray<string> BodySections { get; init; } = [];

    public FieldSpec? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
