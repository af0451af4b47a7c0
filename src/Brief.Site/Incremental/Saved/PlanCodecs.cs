using Brief.Site.Model;

namespace Brief.Site.Incremental.Saved;

/// <summary>Who refers to whom (<see cref="References"/>): for each document referred to, its referrers in the order shown.</summary>
internal sealed class ReferencesCodec : ICacheCodec<References>
{
    public void Write(BinaryWriter writer, References references) =>
        writer.WriteList([.. references.Lists], (w, list) => { w.Write(list.Key); w.WriteStrings(list.Value); });

    public References Read(BinaryReader reader) => References.Of(reader.ReadList(r => KeyValuePair.Create(r.ReadString(), r.ReadStrings())));
}

/// <summary>The related pages of each explainer and option, in order.</summary>
internal sealed class RelatedCodec : ICacheCodec<IReadOnlyDictionary<string, IReadOnlyList<string>>>
{
    public void Write(BinaryWriter writer, IReadOnlyDictionary<string, IReadOnlyList<string>> related) =>
        writer.WriteList([.. related], (w, pages) => { w.Write(pages.Key); w.WriteStrings([.. pages.Value]); });

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Read(BinaryReader reader) =>
        reader.ReadList(r => KeyValuePair.Create(r.ReadString(), (IReadOnlyList<string>)r.ReadStrings())).ToDictionary(StringComparer.Ordinal);
}
