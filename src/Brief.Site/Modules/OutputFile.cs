using Brief.Core.Documents;
using Brief.Markdown.Rendering;

namespace Brief.Site.Modules;

/// <summary>Where a document goes in the output folder, and writing it there.</summary>
internal static class OutputFile
{
    /// <summary>The absolute path of a destination, which must stay inside the output folder, with its folder made.</summary>
    public static string PathOf(string outputRoot, string destination)
    {
        var target = Inside(outputRoot, destination);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return target;
    }

    /// <summary>The full path of <paramref name="destination"/>, refused if it is not inside the output folder; no folder is made.</summary>
    public static string Inside(string outputRoot, string destination)
    {
        var root = Path.GetFullPath(outputRoot);
        var target = Path.GetFullPath(Path.Combine(root, destination));
        if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{destination}' outside the output folder.");
        }
        return target;
    }

    /// <summary>
    /// A writer into a new file, UTF-8 without a byte order mark; rendered bodies go in as the UTF-8 they are kept as.
    /// With a <paramref name="root"/> (a page of an offline copy), the root mark of addresses becomes that relative path.
    /// </summary>
    public static Utf8Writer Create(string target, string? root = null) =>
        new(root is null ? Open(target) : new RootRelativeStream(Open(target), root));

    /// <remarks>
    /// Output files are new: a build writes into a fresh folder, and brief serve into temporary files. So they are
    /// created with <see cref="FileMode.CreateNew"/>. <see cref="FileMode.Create"/> makes .NET truncate the file after
    /// opening it, and on ext4 a truncation to zero marks the file to be written to disk when it is closed (the
    /// <c>auto_da_alloc</c> safeguard for programs that rewrite files in place), so each close waited for the disk:
    /// at 10,000 pages 3 % of all samples were closes submitting writes. A file that does exist after all (written
    /// twice in one build) is still replaced.
    /// </remarks>
    private static FileStream Open(string target)
    {
        try
        {
            return new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        }
        catch (IOException) when (File.Exists(target))
        {
            return new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        }
    }

    /// <summary>
    /// Writes a file so that a reader never sees it half-written: into a temporary file beside it, then moved over it
    /// (for a folder updated in place while it is served).
    /// </summary>
    public static void WriteAtomically(string target, Action<TextWriter> write)
    {
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var writer = Create(temporary))
            {
                write(writer);
            }
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Streams content into a new file (with a <paramref name="root"/>, as <see cref="Create"/>).</summary>
    public static void Write(string target, DocumentContent content, string? root = null)
    {
        using var writer = Create(target, root);
        content.WriteTo(writer);
    }
}
