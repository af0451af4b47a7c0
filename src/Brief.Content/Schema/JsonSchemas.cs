using System.Text.Json;
using System.Text.Json.Nodes;

namespace Brief.Content.Schema;

/// <summary>
/// JSON Schemas for editors' tools, made from <see cref="Schemas"/> — the definitions the validator reads files
/// with — so the two can never disagree. One per content kind (front matter), one for site.yml, one for brief
/// manifests. brief's own checks stay the authority (links, ids, sources are checked across the site); the schemas
/// give completion and first-line checking in an editor.
/// </summary>
public static class JsonSchemas
{
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private const string PartialDatePattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

    /// <summary>Every schema, by the file name it is written to.</summary>
    public static IReadOnlyList<(string File, ContentSchema Schema, string Title)> All { get; } = For(null);

    /// <summary>Every schema, the option card's following a briefing's criteria (the built-in ones when null).</summary>
    public static IReadOnlyList<(string File, ContentSchema Schema, string Title)> For(Criteria.CriteriaDeclaration? criteria) =>
    [
        ("explainer.schema.json", Schemas.Explainer, "brief explainer front matter (explainers/*.md)"),
        ("option.schema.json", criteria is null ? Schemas.Option : Schemas.OptionFor(criteria), "brief option card front matter (options/*.md)"),
        ("term.schema.json", Schemas.Term, "brief glossary term front matter (glossary/*.md)"),
        ("source.schema.json", Schemas.Source, "brief source front matter (sources/*.md)"),
        ("event.schema.json", Schemas.Event, "brief timeline event front matter (timeline/*.md)"),
        ("memo.schema.json", Schemas.Memo, "brief decision memo front matter (memos/*.md)"),
        ("page.schema.json", Schemas.Page, "brief plain page front matter (other *.md)"),
        ("home.schema.json", Schemas.Home, "brief home page front matter (index.md)"),
        ("site.schema.json", Schemas.Site, "brief site settings (site.yml)"),
        ("brief.schema.json", Schemas.Manifest, "brief manifest (briefs/*.yml)"),
    ];

    public static string Write(ContentSchema schema, string title)
    {
        var root = Object(schema.Fields);
        root.Insert(0, "$schema", "http://json-schema.org/draft-07/schema#");
        root.Insert(1, "title", title);
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return root.ToJsonString(options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JsonObject Object(IEnumerable<FieldSpec> fields)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in fields)
        {
            var property = Property(field);
            property.Insert(0, "description", field.Description);
            properties[field.Name] = property;
            if (field.Required)
            {
                required.Add((JsonNode)field.Name); // the untyped overload: Add<T> needs reflection
            }
        }
        var obj = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        if (required.Count > 0)
        {
            obj["required"] = required;
        }
        return obj;
    }

    private static JsonObject Property(FieldSpec field) => field.Type switch
    {
        FieldType.Text => new() { ["type"] = "string" },
        FieldType.Id => new() { ["type"] = "string", ["pattern"] = SlugPattern },
        FieldType.Url => new() { ["type"] = "string", ["format"] = "uri" },
        FieldType.Date => new() { ["type"] = "string", ["pattern"] = DatePattern },
        FieldType.PartialDate => new() { ["type"] = new JsonArray("string", "integer"), ["pattern"] = PartialDatePattern },
        FieldType.Bool => new() { ["type"] = "boolean" },
        FieldType.Number => new() { ["type"] = "number" },
        FieldType.TextList when !field.Allowed.IsEmpty => new()
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. field.Allowed.Select(a => (JsonNode)a)]) },
        },
        FieldType.TextList => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        FieldType.IdList => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = SlugPattern } },
        FieldType.Enum => new() { ["type"] = "string", ["enum"] = new JsonArray([.. field.Allowed.Select(a => (JsonNode)a)]) },
        FieldType.Map => Object(field.Fields),
        FieldType.Records => new() { ["type"] = "array", ["items"] = Object(field.Fields) },
        FieldType.Sections => new()
        {
            ["type"] = "array",
            ["items"] = new JsonObject
            {
                ["oneOf"] = new JsonArray(
                    new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. SectionRef.Plain.Select(p => (JsonNode)p)]) },
                    new JsonObject
                    {
                        ["type"] = "object",
                        ["minProperties"] = 1,
                        ["maxProperties"] = 1,
                        ["properties"] = new JsonObject(SectionRef.Single.Select(s =>
                            KeyValuePair.Create(s, (JsonNode?)new JsonObject { ["type"] = "string", ["pattern"] = SlugPattern }))),
                        ["additionalProperties"] = false,
                    }),
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
