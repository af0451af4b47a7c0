using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;

namespace Brief.Content.Loading;

/// <summary>Reads a brief manifest (briefs/NAME.yml). References to explainers and options are checked later, against the site.</summary>
public static class ManifestReader
{
    public static BriefManifest? Read(string name, string file, string text, DiagnosticBag diagnostics)
    {
        if (!Slug.IsValid(name))
        {
            diagnostics.Error(Codes.InvalidId, $"the brief name '{name}' is not a valid id", file, 1, 1,
                $"rename the file to '{Slug.From(name)}.yml'");
        }
        var mapping = YamlDocument.ParseMapping(text, file, 1, diagnostics);
        if (mapping is null)
        {
            return null;
        }
        var fields = new FieldReader(file, 0, diagnostics).Read(mapping, Schemas.Manifest);
        if (fields.Number("max_pages") is { } max && (max < 1 || max != Math.Floor(max)))
        {
            var (line, column) = fields.PositionOf("max_pages");
            diagnostics.Error(Codes.InvalidValue, $"'max_pages' is {max}; it must be a whole number of at least 1", file, line, column);
        }
        return new BriefManifest
        {
            Name = name,
            File = file,
            Title = fields.Text("title") ?? name,
            Subtitle = fields.Text("subtitle"),
            Audience = fields.Text("audience"),
            Paper = fields.Text("paper") ?? "letter",
            MaxPages = fields.Number("max_pages") is { } pages && pages >= 1 ? (int)pages : null,
            MaxPagesPosition = fields.PositionOf("max_pages"),
            Sections = fields.Sections("sections"),
            DecisionMatrix = fields.Bool("decision_matrix") ?? true,
        };
    }
}
