using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Modules;

/// <summary>
/// Makes the written site the output. brief build wrote a new folder beside the output, and it takes the output's
/// place in one step (<see cref="OutputFolder.Replace"/>), so a reader never sees half a site. brief serve wrote
/// into its folder in place: what earlier builds wrote there and this one did not is removed. Runs only when the
/// run has no errors (a deployment pipeline), so a failed build leaves the previous site as it was.
/// </summary>
public sealed class PublishOutput : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var mode = context.Setting(SiteKeys.Mode);
        var staging = context.Setting(SiteKeys.Options).OutputRoot;
        var output = context.Setting(SiteKeys.PreviousOutput);
        if (mode == BuildMode.Build)
        {
            OutputFolder.Replace(staging, output);
        }
        else if (mode == BuildMode.Serve)
        {
            var cache = context.Setting(SiteKeys.Cache);
            var files = context.Written().Select(d => d.Destination).OfType<string>().ToHashSet(StringComparer.Ordinal);
            RemoveStale(output, files, cache.Pages.OutputFiles);
            OutputFolder.Mark(output);
            cache.Pages.OutputFiles = files;
        }
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
