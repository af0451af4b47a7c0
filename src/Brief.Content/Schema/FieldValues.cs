using System.Collections.Immutable;

namespace Brief.Content.Schema;

/// <summary>The fields read from one YAML mapping, typed by their <see cref="FieldSpec"/>, each with its position.</summary>
public sealed class FieldValues(ImmutableDictionary<string, Located<object>> values, int line, int column)
{
    /// <summary>Where the mapping itself starts: the place to point at for a missing field.</summary>
    public int Line { get; } = line;
    public int Column { get; } = column;

    public bool Has(string name) => values.ContainsKey(name);

    /// <summary>Every field read, by name (in no particular order): what a build cache keeps of a file's front matter.</summary>
    public ImmutableDictionary<string, Located<object>> All => values;

    public Located<object>? Raw(string name) => values.TryGetValue(name, out var value) ? value : null;

    public string? Text(string name) => values.TryGetValue(name, out var value) ? value.Value as string : null;

    public DateOnly? Date(string name) => values.TryGetValue(name, out var value) && value.Value is DateOnly date ? date : null;

    public bool? Bool(string name) => values.TryGetValue(name, out var value) && value.Value is bool flag ? flag : null;

    public double? Number(string name) => values.TryGetValue(name, out var value) && value.Value is double number ? number : null;

    public ImmutableArray<Located<string>> List(string name) =>
        values.TryGetValue(name, out var value) && value.Value is ImmutableArray<Located<string>> list ? list : [];

    public ImmutableArray<Located<SectionRef>> Sections(string name) =>
        values.TryGetValue(name, out var value) && value.Value is ImmutableArray<Located<SectionRef>> list ? list : [];

    public ImmutableArray<FieldValues> Records(string name) =>
        values.TryGetValue(name, out var value) && value.Value is ImmutableArray<FieldValues> list ? list : [];

    /// <summary>The text at a dotted path: "group.name" is the field name in the mapping group.</summary>
    public string? TextAt(string path) =>
        path.IndexOf('.') is var dot and >= 0 ? Map(path[..dot])?.TextAt(path[(dot + 1)..]) : Text(path);

    /// <summary>The value at a dotted path as text: a number written invariantly; null for none or another kind of value.</summary>
    public string? ValueTextAt(string path) => path.IndexOf('.') is var dot and >= 0
        ? Map(path[..dot])?.ValueTextAt(path[(dot + 1)..])
        : values.TryGetValue(path, out var value) ? value.Value switch
        {
            string text => text,
            double number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        } : null;

    /// <summary>The list at a dotted path; empty for none.</summary>
    public ImmutableArray<Located<string>> ListAt(string path) =>
        path.IndexOf('.') is var dot and >= 0 ? Map(path[..dot])?.ListAt(path[(dot + 1)..]) ?? [] : List(path);

    public FieldValues? Map(string name) => values.TryGetValue(name, out var value) ? value.Value as FieldValues : null;

    public (int Line, int Column) PositionOf(string name) =>
        values.TryGetValue(name, out var value) ? (value.Line, value.Column) : (Line, Column);

    /// <summary>The columns one-line text values start at, after any opening quote (<see cref="PositionIn"/>).</summary>
    public ImmutableDictionary<string, int> TextStarts { get; init; } = [];

    /// <summary>
    /// Where a character of a text value is: exact for a one-line value (plain or quoted, without escapes before it);
    /// for any other, where the value starts.
    /// </summary>
    public (int Line, int Column) PositionIn(string name, int index) =>
        TextStarts.TryGetValue(name, out var start) ? (PositionOf(name).Line, start + index) : PositionOf(name);
}
