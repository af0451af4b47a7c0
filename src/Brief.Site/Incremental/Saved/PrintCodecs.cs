using Brief.Markdown.Rendering;
using Brief.Site.Pages.Brief;

namespace Brief.Site.Incremental.Saved;

/// <summary>
/// A piece of a printed brief (<see cref="BuildCache.PrintEntry"/>): its HTML (read as a slice, not copied), what it changed
/// in the notes, and its inner pieces.
/// </summary>
internal sealed class PrintEntryCodec : ICacheCodec<BuildCache.PrintEntry>
{
    public void Write(BinaryWriter writer, BuildCache.PrintEntry entry)
    {
        writer.WriteBytes(entry.Html.Utf8);
        writer.WriteStrings([.. entry.Changes]);
        writer.WriteStrings([.. entry.Inner]);
    }

    public BuildCache.PrintEntry Read(BinaryReader reader) =>
        new(HtmlFragment.FromUtf8(reader.ReadMemory()), reader.ReadStrings(), reader.ReadStrings());
}

/// <summary>A printed brief's comparison matrix, as HTML.</summary>
internal sealed class HtmlCodec : ICacheCodec<HtmlFragment>
{
    public void Write(BinaryWriter writer, HtmlFragment html) => writer.WriteBytes(html.Utf8);

    public HtmlFragment Read(BinaryReader reader) => HtmlFragment.FromUtf8(reader.ReadMemory());
}

/// <summary>The glossary terms and sources a printed brief lists, and where its links point within the page.</summary>
internal sealed class AppendicesCodec : ICacheCodec<BriefContents.Appendices>
{
    public void Write(BinaryWriter writer, BriefContents.Appendices appendices)
    {
        writer.WriteStrings(appendices.Terms);
        writer.WriteStrings(appendices.Sources);
        writer.WriteList([.. appendices.InPage], (w, link) => { w.Write(link.Key); w.Write(link.Value); });
    }

    public BriefContents.Appendices Read(BinaryReader reader) => new(reader.ReadStrings(), reader.ReadStrings(),
        reader.ReadList(r => KeyValuePair.Create(r.ReadString(), r.ReadString())).ToDictionary(StringComparer.Ordinal));
}
