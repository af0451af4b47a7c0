namespace Brief.Core.Documents;

/// <summary>A typed metadata key: documents and settings are read and written through these, never by bare strings.</summary>
public sealed class Key<T>(string name) where T : notnull
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
