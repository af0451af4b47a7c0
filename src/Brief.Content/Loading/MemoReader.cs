using Brief.Content.Model;
using Brief.Content.Schema;

namespace Brief.Content.Loading;

/// <summary>The fields only a decision memo has, from its checked front matter.</summary>
internal static class MemoReader
{
    public static DecisionMemo Read(string id, string source, string file, string title, FrontMatter split, FieldValues fields) => new()
    {
        Id = id, Kind = ContentKind.Memo, Source = source, File = file, Title = title, Body = split.Body, BodyLine = split.BodyLine,
        Fields = fields,
        To = fields.Text("to") ?? "",
        From = fields.Text("from") ?? "",
        Date = fields.Date("date"),
        DecisionBy = fields.Date("decision_by"),
        Recommendation = fields.Text("recommendation") is { } recommended
            ? new Located<string>(recommended, fields.PositionOf("recommendation").Line, fields.PositionOf("recommendation").Column)
            : null,
        Options = fields.List("options"),
        Clearance = [.. fields.Records("clearance").Select(c => new Clearance(c.Text("office") ?? "", c.Text("position") ?? "", c.Text("note"),
            c.Line, c.Column))],
        MaxPages = fields.Number("max_pages") is { } pages && pages >= 1 ? (int)pages : DecisionMemo.DefaultMaxPages,
    };
}
