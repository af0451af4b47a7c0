using Brief.Core.Diagnostics;

namespace Brief.Markdown.Links;

/// <summary>Maps a relative link written in one document (to a .md file, an asset, an #anchor) to its published URL.</summary>
public interface ILinkResolver
{
    LinkResolution Resolve(string url, bool isImage);

    /// <summary>The page of the source a citation (<c>[@id]</c>) names, with the source's id; Broken when no source has the id.</summary>
    LinkResolution Cite(string id) => new LinkResolution.Broken(Codes.UnknownCitation, $"unknown source '{id}' cited");
}

public abstract record LinkResolution
{
    /// <summary>A working link; <paramref name="TargetId"/> is the document it points to, for "Referenced by".</summary>
    public sealed record Resolved(string Url, string? TargetId = null) : LinkResolution;

    /// <summary>A link to something that does not exist.</summary>
    public sealed record Broken(string Code, string Message, string? Hint = null) : LinkResolution;
}
