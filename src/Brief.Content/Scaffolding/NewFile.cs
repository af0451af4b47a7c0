using Brief.Content.Criteria;
using Brief.Content.Schema;

namespace Brief.Content.Scaffolding;

/// <summary>What <c>brief new</c> did: the file it wrote, or why it wrote nothing.</summary>
public sealed record NewFileResult(string? Written, string? Refused);

/// <summary>
/// Writes a new content file for an editor: in its kind's folder, named by a slug of the title, never over an
/// existing file and never with an id another file already has.
/// </summary>
public static class NewFile
{
    public static NewFileResult Create(string inputRoot, string kindName, string title)
    {
        if (!Scaffold.Kinds.TryGetValue(kindName, out var kind))
        {
            return new(null, $"'{kindName}' is not a kind of content brief makes; use one of: {string.Join(", ", Scaffold.Kinds.Keys)}");
        }
        var id = Slug.From(title);
        if (!Slug.IsValid(id))
        {
            return new(null, $"the title '{title}' gives no usable id: use letters or digits in it");
        }
        var target = Path.Combine(inputRoot, kind.Folder, id + ".md");
        if (File.Exists(target))
        {
            return new(null, $"{target} already exists; brief new never overwrites a file: edit it, or choose another title");
        }
        var clash = Directory.Exists(inputRoot)
            ? Directory.EnumerateFiles(inputRoot, id + ".md", SearchOption.AllDirectories).FirstOrDefault()
            : null;
        if (clash is not null)
        {
            return new(null, $"{clash} already has the id '{id}' (ids are unique across the site); choose another title");
        }
        var criteria = CriteriaFile.Load(inputRoot, Path.Combine(inputRoot, CriteriaFile.Name), new Core.Diagnostics.DiagnosticBag());
        var examples = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["sources"] = Ids(inputRoot, "sources") };
        foreach (var criterion in criteria.Items.Where(c => c.Type == CriterionType.References))
        {
            examples[criterion.Name] = criterion.RefersTo == RefersTo.Events
                ? Ids(inputRoot, "timeline")
                : [.. Ids(inputRoot, "glossary").Concat(Ids(inputRoot, "explainers"))];
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using (var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(Scaffold.For(kind.Kind, title, examples, criteria));
        }
        return new(target, null);
    }

    private static IReadOnlyList<string> Ids(string inputRoot, string folder)
    {
        var path = Path.Combine(inputRoot, folder);
        return Directory.Exists(path)
            ? [.. Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).OfType<string>()
                .Order(StringComparer.Ordinal)]
            : [];
    }
}
