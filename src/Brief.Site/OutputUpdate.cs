namespace Brief.Site;

/// <summary>
/// Publishes an update (<see cref="BuildMode.Update"/>): a build that wrote only its changed and new files into a
/// folder beside the output (<c>OUTPUT.update-GUID</c>) moves them into the output, then removes the files the output
/// holds that this build did not produce. Unchanged files are not touched, so a one-file edit costs a few renames,
/// not a copy of the site.
///
/// This is not one atomic step, as the swap of a full build is. First the list of stale files is written into the
/// update folder as its journal (<see cref="JournalName"/>, written aside and renamed, so it is whole or absent);
/// then each file is moved over its old version (a rename: a reader sees the old file or the new one, never half of
/// one, and a file shared by hard link with an earlier output is never written into); then the stale files go, then
/// the update folder. For the few milliseconds of the moves a reader may see new and old pages together. A build
/// killed before the journal was written leaves the previous site whole, and the next build deletes its update
/// folder; one killed after leaves the output mixed until the next <c>brief build</c> finishes the publish from the
/// journal (<see cref="OutputFolder.Recover"/>).
/// </summary>
public static class OutputUpdate
{
    /// <summary>What the update folder's name adds to the output's, before a GUID.</summary>
    public const string Suffix = ".update-";

    /// <summary>The journal: the stale files to remove, relative to the output, each ended by a NUL (no path holds one).</summary>
    public const string JournalName = ".brief-publish";

    /// <summary>
    /// Moves the files of <paramref name="update"/> into <paramref name="output"/> and removes every file of the output
    /// that is not one of <paramref name="produced"/> (output paths, '/' separated), leaving the output marked. The
    /// output's files are those the build that wrote it produced (<paramref name="before"/>, saved with its page
    /// records) when they are known, so a large output is not listed; else the output is listed.
    /// </summary>
    public static void Publish(string update, string output, IReadOnlySet<string> produced, IReadOnlySet<string>? before = null)
    {
        Directory.CreateDirectory(update);
        OutputFolder.Mark(update); // moved in with the rest: the output is marked anew without writing into a file of it
        var stale = (before ?? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/')))
            .Where(f => f != OutputFolder.MarkerName && !produced.Contains(f))
            .Order(StringComparer.Ordinal).ToList();
        var journal = Path.Combine(update, JournalName);
        File.WriteAllText(journal + ".tmp", string.Concat(stale.Select(f => f + '\0')));
        File.Move(journal + ".tmp", journal);
        Finish(update, output, stale);
    }

    /// <summary>Whether an update folder holds a whole journal: its publish had begun, and must be finished, not undone.</summary>
    public static bool HasJournal(string update) => File.Exists(Path.Combine(update, JournalName));

    /// <summary>Finishes a publish a killed build began: the moves that remain, then the stale files of its journal.</summary>
    public static void RollForward(string update, string output)
    {
        var stale = File.ReadAllText(Path.Combine(update, JournalName)).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        Directory.CreateDirectory(output);
        Finish(update, output, stale);
    }

    /// <summary>Deletes a staging or update folder that was not published, unless its publish began (see <see cref="HasJournal"/>).</summary>
    public static void Discard(string folder)
    {
        if (Directory.Exists(folder) && !HasJournal(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Finish(string update, string output, IEnumerable<string> stale)
    {
        var journal = Path.Combine(update, JournalName);
        foreach (var file in Directory.EnumerateFiles(update, "*", SearchOption.AllDirectories).Where(f => f != journal).ToList())
        {
            var target = Path.Combine(output, Path.GetRelativePath(update, file));
            MakeRoom(output, target);
            File.Move(file, target, overwrite: true);
        }
        foreach (var file in stale)
        {
            var path = Path.Combine(output, file.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                continue; // removed already (a publish finished twice), or its folder gave way to a file of this build
            }
            File.Delete(path);
            for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > output.Length
                && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
        Directory.Delete(update, recursive: true); // only the journal and empty folders remain
    }

    /// <summary>
    /// Makes the folder of <paramref name="target"/> in the output. A stale file where a folder must be, or a stale
    /// folder where the file must be, is removed first (this build produced the path, so nothing it wrote is there).
    /// </summary>
    private static void MakeRoom(string output, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
        var folder = Path.GetDirectoryName(target)!;
        if (Directory.Exists(folder))
        {
            return;
        }
        for (var above = folder; above.Length > output.Length; above = Path.GetDirectoryName(above)!)
        {
            if (File.Exists(above))
            {
                File.Delete(above);
            }
        }
        Directory.CreateDirectory(folder);
    }
}
