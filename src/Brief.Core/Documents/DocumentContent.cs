namespace Brief.Core.Documents;

/// <summary>
/// What a document holds (Statiq's content provider): text in memory, or a writer that produces it when the
/// document is written. Deferred content lets a page be laid out straight into its file, so a big site never
/// holds every page in memory at once.
/// </summary>
public abstract class DocumentContent
{
    public static readonly DocumentContent Empty = new Text("");

    /// <summary>Writes the content. Deferred content is produced anew by every call.</summary>
    public abstract void WriteTo(TextWriter writer);

    /// <summary>The whole content as a string (for tests and small documents).</summary>
    public string ReadAll()
    {
        using var writer = new StringWriter();
        WriteTo(writer);
        return writer.ToString();
    }

    public static DocumentContent Deferred(Action<TextWriter> write) => new Writer(write);

    public static implicit operator DocumentContent(string text) => new Text(text);

    private sealed class Text(string text) : DocumentContent
    {
        public override void WriteTo(TextWriter writer) => writer.Write(text);
    }

    private sealed class Writer(Action<TextWriter> write) : DocumentContent
    {
        public override void WriteTo(TextWriter writer) => write(writer);
    }
}
