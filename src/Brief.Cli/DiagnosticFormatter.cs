using System.Text.Json;
using Brief.Core.Diagnostics;

namespace Brief.Cli;

/// <summary>Writes diagnostics as text (file:line:col: error CODE: message), GitHub workflow annotations, or JSON.</summary>
public static class DiagnosticFormatter
{
    public static string Text(Diagnostic d)
    {
        var place = d.Line > 0 ? $"{d.File}:{d.Line}:{Math.Max(d.Column, 1)}" : d.File;
        var hint = d.Hint is null ? "" : $" (hint: {d.Hint})";
        return $"{place}: {Severity(d)} {d.Code}: {d.Message}{hint}";
    }

    public static string GitHub(Diagnostic d)
    {
        var properties = $"file={Escape(d.File, true)}";
        if (d.Line > 0)
        {
            properties += $",line={d.Line},col={Math.Max(d.Column, 1)}";
        }
        properties += $",title={Escape(d.Code, true)}";
        var message = d.Hint is null ? d.Message : $"{d.Message} (hint: {d.Hint})";
        return $"::{Severity(d)} {properties}::{Escape(message, false)}";
    }

    public static string Json(IEnumerable<Diagnostic> diagnostics, object summary) => JsonSerializer.Serialize(new
    {
        diagnostics = diagnostics.Select(d => new
        {
            severity = Severity(d), code = d.Code, message = d.Message, file = d.File, line = d.Line, column = d.Column, hint = d.Hint,
        }),
        summary,
    }, new JsonSerializerOptions { WriteIndented = true });

    private static string Severity(Diagnostic d) => d.Severity == Core.Diagnostics.Severity.Error ? "error" : "warning";

    // https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts: data and property escaping
    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }
}
