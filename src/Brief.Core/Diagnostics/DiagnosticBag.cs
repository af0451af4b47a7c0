using System.Collections.Concurrent;

namespace Brief.Core.Diagnostics;

/// <summary>Collects every diagnostic of a run from any thread; read back in a stable order (file, line, column).</summary>
/// <param name="warningsAreErrors">--strict: every warning is reported, and counts, as an error.</param>
public sealed class DiagnosticBag(bool warningsAreErrors = false)
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(warningsAreErrors ? diagnostic.AsError() : diagnostic);

    public void Error(string code, string message, string file, int line = 0, int column = 0, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, message, file, line, column, hint));

    public void Warning(string code, string message, string file, int line = 0, int column = 0, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code, message, file, line, column, hint));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>The diagnostics in reading order, duplicates removed.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
    [
        .. _items.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal),
    ];
}
