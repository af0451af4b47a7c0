namespace Brief.Site;

/// <summary>What a run of the pipelines is for; the same map runs in every mode, and each module reads the mode it needs.</summary>
public enum BuildMode
{
    /// <summary><c>brief check</c>: every phase runs and every file's content is produced, but nothing is written or published.</summary>
    Check,

    /// <summary>
    /// <c>brief build</c> from scratch (no cache records, a new output, or --pdf/--docx, which read the whole staged site):
    /// the whole site is written beside the output folder and swapped in, in one step, when the run has no errors.
    /// </summary>
    Build,

    /// <summary>
    /// <c>brief build</c> with the records of the build that wrote the output (<c>--cache</c>): only changed and new files
    /// are written beside the output, and when the run has no errors they are moved into it and stale files removed
    /// (<see cref="OutputUpdate"/>); unchanged files are not touched.
    /// </summary>
    Update,

    /// <summary><c>brief serve</c>: the preview folder is updated in place, with a build cache kept across builds.</summary>
    Serve,
}

/// <summary>What the modes mean for the files a build writes.</summary>
public static class BuildModes
{
    /// <summary>Whether an unchanged file is left where it is in the output (neither written again nor linked).</summary>
    public static bool LeavesUnchangedFiles(this BuildMode mode) => mode is BuildMode.Update or BuildMode.Serve;

    /// <summary>Whether the run is a <c>brief build</c> (from scratch or an update), which saves its cache for the next one.</summary>
    public static bool IsBuild(this BuildMode mode) => mode is BuildMode.Build or BuildMode.Update;
}
