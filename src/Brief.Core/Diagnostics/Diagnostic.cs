namespace Brief.Core.Diagnostics;

/// <summary>One content problem, pointed at a place in a file. Line and column are 1-based; 0 means "the whole file".</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string File, int Line = 0, int Column = 0, string? Hint = null)
{
    public Diagnostic AsError() => this with { Severity = Severity.Error };
}
