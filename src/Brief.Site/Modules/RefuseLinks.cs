using System.Collections.Immutable;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Modules;

/// <summary>
/// Symbolic links in the input are errors, one for each: brief reads only real files inside the input folder
/// (<see cref="InputFiles"/> never follows a link), so a link that points out of it, to /etc/passwd or a home
/// folder, can never be read or published, and a link that points inside is not silently dropped either.
/// </summary>
public sealed class RefuseLinks : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var options = context.Setting(SiteKeys.Options);
        var folders = new Stack<DirectoryInfo>([new DirectoryInfo(options.InputRoot)]);
        while (folders.TryPop(out var folder))
        {
            if (!folder.Exists)
            {
                continue;
            }
            foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue; // hidden, like .git: never read
                }
                if (entry.LinkTarget is { } target)
                {
                    context.Diagnostics.Error(Codes.InputLink, $"'{entry.Name}' is a symbolic link (to {target}); brief reads only real files inside the input folder",
                        DiagnosticPath.For(entry.FullName, options), 0, 0, "copy the file or folder into the input instead of linking to it");
                }
                else if (entry is DirectoryInfo child)
                {
                    folders.Push(child);
                }
            }
        }
        return inputs;
    }
}
