using Brief.Core.Diagnostics;

namespace Brief.Content.Schema;

/// <summary>Where a value was read: the file, and its 1-based line and column.</summary>
internal readonly record struct At(string File, int Line, int Column);

/// <summary>The checks of a text field's value against its kind: one of the allowed values, or an id.</summary>
internal static class AllowedValues
{
    public static string? Enum(string text, FieldSpec spec, string name, At at, DiagnosticBag diagnostics)
    {
        if (spec.Allowed.Contains(text))
        {
            return text;
        }
        diagnostics.Error(Codes.InvalidValue,
            $"'{name}' is '{text}'; allowed values: {string.Join(", ", spec.Allowed)}", at.File, at.Line, at.Column,
            Nearest.Hint(text, spec.Allowed));
        return null;
    }

    public static string? Id(string text, string name, At at, DiagnosticBag diagnostics)
    {
        if (Slug.IsValid(text))
        {
            return text;
        }
        diagnostics.Error(Codes.InvalidId, $"'{name}' is '{text}', not a valid id", at.File, at.Line, at.Column,
            $"ids are lower-case letters, digits and single hyphens, e.g. '{Slug.From(text)}'");
        return null;
    }
}
