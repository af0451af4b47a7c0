namespace Brief.Core.Documents;

/// <summary>
/// The unit that flows through pipelines, in Statiq's model: an immutable value with a source, a destination,
/// content (text, or written on demand) and typed metadata. Every "change" is a clone (<c>with</c> or the helpers below).
/// </summary>
/// <param name="Source">Where it came from, relative to its root folder with '/' separators; null for generated documents.</param>
/// <param name="Destination">Where it is written, relative to the output folder; null when it is not written.</param>
public sealed record Document(string? Source, string? Destination, DocumentContent Content, Metadata Metadata)
{
    public static Document Create(string? source, string? destination = null, DocumentContent? content = null) =>
        new(source, destination, content ?? DocumentContent.Empty, Metadata.Empty);

    public T Get<T>(Key<T> key) where T : notnull => Metadata.Get(key);

    public bool TryGet<T>(Key<T> key, out T value) where T : notnull => Metadata.TryGet(key, out value);

    public Document With<T>(Key<T> key, T value) where T : notnull => this with { Metadata = Metadata.With(key, value) };

    public Document WithContent(DocumentContent content) => this with { Content = content };

    public Document WithDestination(string? destination) => this with { Destination = destination };
}
