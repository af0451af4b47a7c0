using System.Collections.Immutable;
using Brief.Content.Criteria;
using Brief.Content.Loading;
using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Markdown.Parsing;

namespace Brief.Site.Incremental.Saved;

/// <summary>What several caches hold: diagnostics, content items, a body's search text.</summary>
internal static class CommonCodec
{
    public static void WriteDiagnostics(BinaryWriter writer, IReadOnlyList<Diagnostic> diagnostics) =>
        writer.WriteList(diagnostics, (w, d) =>
        {
            w.Write((byte)d.Severity);
            w.Write(d.Code);
            w.Write(d.Message);
            w.Write(d.File);
            w.Write(d.Line);
            w.Write(d.Column);
            w.WriteNullable(d.Hint);
        });

    public static ImmutableArray<Diagnostic> ReadDiagnostics(BinaryReader reader) => reader.ReadList(r =>
        new Diagnostic((Severity)r.ReadByte(), r.ReadString(), r.ReadString(), r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadNullableString()));

    /// <summary>
    /// An item is kept as what it is read from: its paths, body and typed front matter; it is made again from them as the file was
    /// read (<see cref="ContentReader.FromFields"/>), through the same criteria, which the key of any cached option card names.
    /// </summary>
    public static void WriteItem(BinaryWriter writer, ContentItem item)
    {
        writer.Write(item.Source);
        writer.Write(item.File);
        writer.Write(item.Body);
        writer.Write(item.BodyLine);
        FieldValuesCodec.Write(writer, item.Fields);
    }

    public static ContentItem ReadItem(BinaryReader reader, CriteriaDeclaration criteria)
    {
        var (source, file, body, bodyLine) = (reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadInt32());
        // the diagnostics reading the fields gives were kept with the file's entry
        return ContentReader.FromFields(source, file, body, bodyLine, FieldValuesCodec.Read(reader), new DiagnosticBag(), criteria);
    }

    public static void WriteSearchText(BinaryWriter writer, SearchText text)
    {
        writer.Write(text.Text);
        writer.WriteList(text.Sections, (w, s) => { w.Write(s.Anchor); w.Write(s.Title); w.Write(s.Start); });
    }

    public static SearchText ReadSearchText(BinaryReader reader)
    {
        var text = reader.ReadString();
        var sections = reader.ReadList(r => new SearchSection(r.ReadString(), r.ReadString(), r.ReadInt32()));
        return text.Length == 0 && sections.IsEmpty ? SearchText.Empty : new SearchText(text, sections);
    }
}
