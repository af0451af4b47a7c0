namespace Brief.Site;

/// <summary>What a run of the pipelines is for; the same map runs in every mode, and each module reads the mode it needs.</summary>
public enum BuildMode
{
    /// <summary><c>brief check</c>: every phase runs and every file's content is produced, but nothing is written or published.</summary>
    Check,

    /// <summary><c>brief build</c>: the site is written beside the output folder and swapped in when the run has no errors.</summary>
    Build,

    /// <summary><c>brief serve</c>: the preview folder is updated in place, with a build cache kept across builds.</summary>
    Serve,
}
