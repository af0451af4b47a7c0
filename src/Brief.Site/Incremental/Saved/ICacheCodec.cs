namespace Brief.Site.Incremental.Saved;

/// <summary>
/// How a value of a cache kept on disk is written and read back: a compact binary form made and read by hand, with no
/// reflection (the published brief is native). Reading what <see cref="Write"/> wrote gives a value equal to the one
/// written, as far as any step of the build can tell.
/// </summary>
public interface ICacheCodec<T>
{
    void Write(BinaryWriter writer, T value);

    T Read(BinaryReader reader);
}
