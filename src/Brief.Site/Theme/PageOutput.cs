using Scriban.Runtime;

namespace Brief.Site.Theme;

/// <summary>
/// Where a layout writes: straight into the page's writer, span by span. (Scriban's own TextWriterOutput copies
/// every piece of template text into a new string first.) It is never read back: <see cref="ToString"/> is empty,
/// so a partial rendered into it (<see cref="StreamingInclude"/>) costs no copy of the page so far.
/// </summary>
internal sealed class PageOutput(TextWriter writer) : IScriptOutput
{
    public TextWriter Writer { get; } = writer;

    public void Write(string text, int offset, int count) => Writer.Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => "";
}
