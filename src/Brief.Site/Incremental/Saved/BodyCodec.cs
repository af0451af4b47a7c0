using Brief.Core.Documents;
using Brief.Markdown.Estimative;
using Brief.Markdown.Rendering;
using Brief.Site.Modules;

namespace Brief.Site.Incremental.Saved;

/// <summary>
/// A rendered body (<see cref="RenderBody"/>'s output, cached by <see cref="CacheDocuments"/>): its HTML and the ids it refers
/// to, its search text, the abbreviations and estimative phrases it uses, and its diagnostics. Not the document it was
/// rendered for: a body taken from the cache carries its input's metadata (<see cref="CacheDocuments"/>), whose key names it.
/// The HTML is read as a slice of the saved cache, not copied.
/// </summary>
internal sealed class BodyCodec : ICacheCodec<Document>
{
    public void Write(BinaryWriter writer, Document body)
    {
        writer.WriteNullable(body.Source);
        var rendered = body.Get(SiteKeys.Rendered);
        writer.WriteBytes(rendered.Html.Utf8);
        writer.WriteStrings(rendered.LinkedIds);
        writer.WriteStrings(rendered.TermIds);
        writer.WriteStrings(rendered.CitedIds);
        using (var text = new MemoryStream())
        {
            using (var textWriter = new BinaryWriter(text, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                CommonCodec.WriteSearchText(textWriter, body.Get(SiteKeys.SearchText).Value);
            }
            writer.WriteBytes(text.GetBuffer().AsSpan(0, (int)text.Length));
        }
        writer.WriteList(body.Get(SiteKeys.Abbreviations), (w, a) => { w.Write(a.Word); w.Write(a.Line); w.Write(a.Column); });
        var estimative = body.Get(SiteKeys.Estimative);
        writer.WriteList(estimative.Uses, (w, u) =>
        {
            w.Write((byte)u.Kind);
            w.Write(u.Term);
            w.Write(u.Line);
            w.Write(u.Column);
            w.Write(u.Sentence);
        });
        writer.WriteList(estimative.Judgments, (w, j) =>
        {
            w.Write(j.Line);
            w.Write(j.Column);
            w.Write(j.CitesSource);
            w.Write(j.StatesLikelihood);
        });
        CommonCodec.WriteDiagnostics(writer, body.Get(SiteKeys.Diagnostics));
    }

    public Document Read(BinaryReader reader)
    {
        var source = reader.ReadNullableString();
        var html = HtmlFragment.FromUtf8(reader.ReadMemory());
        var (linked, terms, cited) = (reader.ReadStrings(), reader.ReadStrings(), reader.ReadStrings());
        var saved = reader.ReadMemory(); // decoded only if the body's search entry or fragment is made again
        var text = new Lazy<Markdown.Parsing.SearchText>(() => CommonCodec.ReadSearchText(CacheReader.Over(saved)));
        var abbreviations = reader.ReadList(r => new AbbreviationUse(r.ReadString(), r.ReadInt32(), r.ReadInt32()));
        var uses = reader.ReadList(r => new EstimativeUse((EstimativeKind)r.ReadByte(), r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32()));
        var judgments = reader.ReadList(r => new KeyJudgment(r.ReadInt32(), r.ReadInt32(), r.ReadBoolean(), r.ReadBoolean()));
        var estimative = uses.IsEmpty && judgments.IsEmpty ? EstimativeFacts.None : new EstimativeFacts(uses, judgments);
        return Document.Create(source)
            .With(SiteKeys.Rendered, new RenderResult(html, linked, terms) { CitedIds = cited })
            .With(SiteKeys.SearchText, text)
            .With(SiteKeys.Abbreviations, abbreviations)
            .With(SiteKeys.Estimative, estimative)
            .With(SiteKeys.Diagnostics, (IReadOnlyList<Core.Diagnostics.Diagnostic>)CommonCodec.ReadDiagnostics(reader));
    }
}
