using Brief.Content.Criteria;
using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;

namespace Brief.Content.Loading;

/// <summary>Turns one Markdown file's text into its typed <see cref="ContentItem"/>, reporting every problem it finds.</summary>
public static class ContentReader
{
    /// <param name="source">Path relative to the input folder, '/' separated.</param>
    /// <param name="file">The path diagnostics name.</param>
    /// <param name="criteria">What option cards are compared on; the built-in criteria when null.</param>
    public static ContentItem? Read(string source, string file, string text, DiagnosticBag diagnostics, CriteriaDeclaration? criteria = null)
    {
        var kind = ContentKinds.Classify(source);
        var schema = Schemas.For(kind, criteria);
        if (FrontMatter.Split(text, file, diagnostics) is not { } split)
        {
            return null;
        }
        var mapping = YamlDocument.ParseMapping(split.Yaml, file, split.YamlLine, diagnostics);
        if (mapping is null)
        {
            return null;
        }
        var fields = new FieldReader(file, split.YamlLine - 1, diagnostics).Read(mapping, schema);
        return FromFields(source, file, split.Body, split.BodyLine, fields, diagnostics, criteria);
    }

    /// <summary>
    /// The item of a file whose front matter has been read into <paramref name="fields"/>: what <see cref="Read"/> makes after
    /// reading the YAML, and what a build cache makes again from the fields it kept (with the same diagnostics, already known).
    /// </summary>
    public static ContentItem FromFields(string source, string file, string body, int bodyLine, FieldValues fields, DiagnosticBag diagnostics,
        CriteriaDeclaration? criteria = null)
    {
        var kind = ContentKinds.Classify(source);
        var id = IdOf(source, file, fields, diagnostics);
        var title = fields.Text("title") ?? fields.Text("term") ?? fields.Text("name") ?? id;
        var split = new FrontMatter("", 0, body, bodyLine);
        return WithCommonFields(Typed(kind, id, source, file, title, split, fields, criteria ?? BuiltInCriteria.Declaration), fields);
    }

    /// <summary>The id the front matter sets, else the file name's, which is reported when it is not a valid id.</summary>
    private static string IdOf(string source, string file, FieldValues fields, DiagnosticBag diagnostics)
    {
        var fileId = Path.GetFileNameWithoutExtension(source);
        var id = fields.Text("id") ?? fileId;
        if (!fields.Has("id") && !Slug.IsValid(id))
        {
            diagnostics.Error(Codes.InvalidId, $"the file name '{fileId}' is not a valid id", file, 1, 1,
                $"rename the file to '{Slug.From(fileId)}.md', or set 'id: {Slug.From(fileId)}' in the front matter");
        }
        return id;
    }

    /// <summary>The item of its kind, with the fields only that kind has.</summary>
    private static ContentItem Typed(
        ContentKind kind, string id, string source, string file, string title, FrontMatter split, FieldValues fields,
        CriteriaDeclaration criteria) => kind switch
        {
            ContentKind.Home => new HomePage
            {
                Id = id, Kind = kind, Source = source, File = file, Title = title, Body = split.Body, BodyLine = split.BodyLine, Fields = fields,
            },
            ContentKind.Page => new PlainPage
            {
                Id = id, Kind = kind, Source = source, File = file, Title = title, Body = split.Body, BodyLine = split.BodyLine, Fields = fields,
            },
            ContentKind.Explainer => new Explainer
            {
                Id = id, Kind = kind, Source = source, File = file, Title = title, Body = split.Body, BodyLine = split.BodyLine, Fields = fields,
            },
            ContentKind.Option => new OptionCard
            {
                Id = id, Kind = kind, Source = source, File = file, Title = title, Body = split.Body, BodyLine = split.BodyLine, Fields = fields,
                Authorities = [.. criteria.References(RefersTo.Authorities).SelectMany(c => fields.ListAt(c.Field))],
                Compared = [.. criteria.Compared.Select(c => new OptionFieldValue(c, fields.ValueTextAt(c.Field) ?? ""))],
                Precedents = [.. criteria.References(RefersTo.Events).SelectMany(c => fields.ListAt(c.Field))],
            },
            ContentKind.Term => new GlossaryTerm
            {
                Id = id, Kind = kind, Source = source, File = file, Title = title, Body = split.Body, BodyLine = split.BodyLine, Fields = fields,
                Term = fields.Text("term") ?? title,
                Expansion = fields.Text("expansion"),
                Aliases = [.. fields.List("aliases").Select(a => a.Value)],
                Autolink = fields.Bool("autolink") ?? true,
            },
            ContentKind.Source => new SourceEntry
            {
                Id = id, Kind = kind, Source = source, File = file, Title = title, Body = split.Body, BodyLine = split.BodyLine, Fields = fields,
                SourceKind = fields.Text("kind") ?? "",
                Name = fields.Text("name") ?? title,
                Role = fields.Text("role"),
                Url = fields.Text("url"),
                Date = fields.Date("date"),
            },
            ContentKind.Event => new TimelineEvent
            {
                Id = id, Kind = kind, Source = source, File = file, Title = title, Body = split.Body, BodyLine = split.BodyLine, Fields = fields,
                Date = fields.Raw("date")?.Value is PartialDate date ? date : null,
            },
            ContentKind.Memo => MemoReader.Read(id, source, file, title, split, fields),
            _ => throw new InvalidOperationException($"No reader for {kind}."),
        };

    /// <summary>The fields every kind has.</summary>
    private static ContentItem WithCommonFields(ContentItem item, FieldValues fields) => item with
    {
        Summary = fields.Text("summary"),
        Tags = [.. fields.List("tags").Select(t => t.Value)],
        Sources = fields.List("sources"),
        Reviewed = fields.Date("reviewed"),
        Draft = fields.Bool("draft") ?? false,
        Order = fields.Number("order"),
    };
}
