namespace Brief.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
