using System.Text.Json;
using System.Text.Json.Serialization;
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

    /// <summary>The whole report as indented JSON: every diagnostic, then the summary (<c>brief check --format json</c>).</summary>
    public static string Json(IEnumerable<Diagnostic> diagnostics, JsonSummary summary) => JsonSerializer.Serialize(
        new JsonReport([.. diagnostics.Select(d => new JsonDiagnostic(Severity(d), d.Code, d.Message, d.File, d.Line, d.Column, d.Hint))], summary),
        ReportJson.Default.JsonReport);

    private static string Severity(Diagnostic d) => d.Severity == Core.Diagnostics.Severity.Error ? "error" : "warning";

    // https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts: data and property escaping
    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }
}

/// <summary>The counts at the end of a JSON report.</summary>
public sealed record JsonSummary(int Errors, int Warnings, IReadOnlyDictionary<string, int> Pages, bool Written);

internal sealed record JsonReport(IReadOnlyList<JsonDiagnostic> Diagnostics, JsonSummary Summary);

internal sealed record JsonDiagnostic(string Severity, string Code, string Message, string File, int Line, int Column, string? Hint);

/// <summary>Serializers made at compile time, so the report needs no reflection (the published brief is native).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class ReportJson : JsonSerializerContext;
