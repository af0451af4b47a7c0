using System.Text;
using Brief.Content.Model;
using Brief.Content.Schema;

namespace Brief.Content.Scaffolding;

/// <summary>
/// A new content file, written from the same schema the validator reads files with: every field of its kind, the
/// title filled in, the rest left for the editor with what each field means and the values it allows in a comment,
/// and the body's conventional sections. A required field left empty is an error at its line when the site is built,
/// so nothing unfinished is published by mistake.
/// </summary>
public static class Scaffold
{
    /// <summary>The kinds <c>brief new</c> makes, by the name editors type, with the folder each lives in.</summary>
    public static readonly IReadOnlyDictionary<string, (ContentKind Kind, string Folder)> Kinds =
        new Dictionary<string, (ContentKind, string)>(StringComparer.Ordinal)
        {
            ["explainer"] = (ContentKind.Explainer, "explainers"),
            ["option"] = (ContentKind.Option, "options"),
            ["term"] = (ContentKind.Term, "glossary"),
            ["source"] = (ContentKind.Source, "sources"),
            ["event"] = (ContentKind.Event, "timeline"),
            ["memo"] = (ContentKind.Memo, "memos"),
        };

    /// <summary>The file's text. <paramref name="examples"/> are ids worth suggesting for id lists (e.g. authorities).</summary>
    /// <param name="criteria">What an option card is compared on; the built-in criteria when null.</param>
    public static string For(ContentKind kind, string title, IReadOnlyDictionary<string, IReadOnlyList<string>>? examples = null,
        Criteria.CriteriaDeclaration? criteria = null)
    {
        var schema = Schemas.For(kind, criteria);
        var text = new StringBuilder("---\n");
        // the field that names the page takes the title; a term is named by its display form, a source by its name
        var named = kind switch { ContentKind.Term => "term", ContentKind.Source => "name", _ => "title" };
        foreach (var field in schema.Fields)
        {
            Field(text, field, field.Name == named ? title : null, "", examples);
        }
        text.Append("---\n");
        if (schema.BodySections.IsEmpty)
        {
            text.Append('\n').Append(kind switch
            {
                ContentKind.Term => "TODO: the definition. Its first paragraph is what tooltips and the glossary show.",
                ContentKind.Source => "TODO: who or what this is, and what it says that the briefing relies on.",
                ContentKind.Event => "TODO: what happened, in a sentence or two.",
                _ => "TODO: the text.",
            }).Append('\n');
        }
        foreach (var section in schema.BodySections)
        {
            text.Append("\n## ").Append(section).Append("\n\nTODO\n");
        }
        return text.ToString();
    }

    private static void Field(
        StringBuilder text, FieldSpec field, string? value, string indent, IReadOnlyDictionary<string, IReadOnlyList<string>>? examples)
    {
        var note = new StringBuilder(field.Required ? "required. " : "").Append(field.Description);
        if (!field.Allowed.IsEmpty)
        {
            note.Append(" One of: ").Append(string.Join(" | ", field.Allowed)).Append('.');
        }
        if (examples?.GetValueOrDefault(field.Name) is { Count: > 0 } ids)
        {
            note.Append(" For example: ").Append(string.Join(", ", ids.Take(6))).Append('.');
        }
        var line = field.Type switch
        {
            _ when value is not null => $"{field.Name}: {Quote(value)}",
            FieldType.Map => $"{field.Name}:",
            FieldType.TextList or FieldType.IdList => $"{field.Name}: []",
            FieldType.Bool => $"{field.Name}: {(field.Name == "draft" ? "false" : "true")}",
            FieldType.Id when !field.Required => $"# {field.Name}:",
            FieldType.Records => $"{field.Name}: []",
            _ => $"{field.Name}:",
        };
        text.Append(indent).Append(line.PadRight(Math.Max(line.Length + 2, 28))).Append("# ").Append(note).Append('\n');
        if (field.Type == FieldType.Records)
        {
            // a list of records starts empty: each record's fields are shown as a commented example to copy
            text.Append(indent).Append("#   - ").Append(string.Join(", ", field.Fields.Select(f => f.Allowed.IsEmpty
                ? $"{f.Name}: ..." : $"{f.Name}: {string.Join(" | ", f.Allowed)}"))).Append('\n');
            return;
        }
        foreach (var nested in field.Fields)
        {
            Field(text, nested, null, indent + "  ", examples);
        }
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
