namespace Brief.Site.Search;

/// <summary>A file of the search index: where it goes under the output folder, its UTF-8 text, and the fingerprint of that text.</summary>
public sealed record SearchFile(string Path, byte[] Utf8, string Key);
