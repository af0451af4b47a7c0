using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Modules;

/// <summary>
/// Makes the written site the output. A full brief build wrote a new folder beside the output, and it takes the
/// output's place in one step (<see cref="OutputFolder.Replace"/>), so a reader never sees half a site. An update
/// (brief build with the cache records of the output) wrote only its changed and new files beside the output: they
/// are moved in, file by file, and the files this build did not produce are removed, after a journal of them is
/// written (<see cref="OutputUpdate.Publish"/>). That is not one atomic step: for the few milliseconds of the moves
/// a reader may see new and old pages together, and a build killed during them leaves the output mixed until the
/// next brief build finishes the publish from the journal. brief serve wrote into its folder in place: what earlier
/// builds wrote there and this one did not is removed. Runs only when the run has no errors (a deployment
/// pipeline), so a failed build leaves the previous site as it was.
/// </summary>
public sealed class PublishOutput : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var mode = context.Setting(SiteKeys.Mode);
        var staging = context.Setting(SiteKeys.Options).OutputRoot;
        var output = context.Setting(SiteKeys.PreviousOutput);
        var cache = context.Setting(SiteKeys.Cache);
        var files = context.Written().Select(d => d.Destination).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (mode == BuildMode.Build)
        {
            OutputFolder.Replace(staging, output);
        }
        else if (mode == BuildMode.Update)
        {
            OutputUpdate.Publish(staging, output, files, cache.Pages.OutputFiles);
        }
        else if (mode == BuildMode.Serve)
        {
            RemoveStale(output, files, cache.Pages.OutputFiles);
            OutputFolder.Mark(output);
        }
        cache.Pages.OutputFiles = files; // what the output now holds, for the next update (saved with the page records)
        return inputs;
    }

    /// <summary>
    /// Removes what an earlier build wrote into a folder updated in place and this build did not: the difference
    /// from the last build's files when they are known, else whatever the folder holds besides this build's files.
    /// </summary>
    private static void RemoveStale(string output, HashSet<string> files, IReadOnlySet<string>? before)
    {
        var stale = before is not null
            ? before.Where(f => !files.Contains(f)).Select(f => Path.Combine(output, f))
            : [.. Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Where(f => !files.Contains(Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/')))];
        foreach (var file in stale)
        {
            File.Delete(file);
            for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > output.Length
                && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
    }
}
