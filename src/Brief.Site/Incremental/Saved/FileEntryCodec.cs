using Brief.Content.Criteria;
using Brief.Markdown.Parsing;

namespace Brief.Site.Incremental.Saved;

/// <summary>
/// A read Markdown file (<see cref="BuildCache.FileEntry"/>): its item, what parsing its body found (headings, anchors,
/// portions; not the tree, which is parsed again when a step needs it, as in any one-off build), its diagnostics and
/// the fingerprint of its front matter.
/// </summary>
internal sealed class FileEntryCodec(CriteriaDeclaration criteria) : ICacheCodec<BuildCache.FileEntry>
{
    public void Write(BinaryWriter writer, BuildCache.FileEntry entry)
    {
        writer.Write(entry.Item is not null);
        if (entry.Item is not null)
        {
            CommonCodec.WriteItem(writer, entry.Item);
        }
        writer.Write(entry.Parsed is not null);
        if (entry.Parsed is { } parsed)
        {
            writer.Write(parsed.LineOffset);
            writer.WriteList(parsed.Headings, (w, h) => { w.Write(h.Level); w.Write(h.Text); w.Write(h.Id); w.Write(h.Line); });
            writer.WriteStrings(parsed.AnchorsInOrder);
            writer.Write(parsed.HasRawHtml);
            writer.Write(parsed.HasLinkNotes);
            writer.Write(parsed.HasCitations);
            writer.WriteList(parsed.Portions, (w, p) =>
            {
                w.Write((byte)p.Kind);
                w.Write(p.Line);
                w.Write(p.Column);
                w.WriteNullable(p.Mark);
                w.Write(p.FirstSection);
            });
        }
        CommonCodec.WriteDiagnostics(writer, entry.Diagnostics);
        writer.WriteNullable(entry.FrontMatterKey);
    }

    public BuildCache.FileEntry Read(BinaryReader reader)
    {
        var item = reader.ReadBoolean() ? CommonCodec.ReadItem(reader, criteria) : null;
        ParsedMarkdown? parsed = null;
        if (reader.ReadBoolean())
        {
            var body = item?.Body ?? throw new InvalidDataException("The build cache holds a parsed body without its document.");
            var lineOffset = reader.ReadInt32();
            var headings = reader.ReadList(r => new Heading(r.ReadInt32(), r.ReadString(), r.ReadString(), r.ReadInt32()));
            var anchors = reader.ReadStrings();
            var has = (reader.ReadBoolean(), reader.ReadBoolean(), reader.ReadBoolean());
            var portions = reader.ReadList(r => new Portion((PortionKind)r.ReadByte(), r.ReadInt32(), r.ReadInt32(), r.ReadNullableString(),
                r.ReadBoolean()));
            parsed = MarkdownParser.FromFacts(body, lineOffset, item.File, headings, anchors, has, portions);
        }
        return new BuildCache.FileEntry(item, parsed, CommonCodec.ReadDiagnostics(reader), reader.ReadNullableString());
    }
}
