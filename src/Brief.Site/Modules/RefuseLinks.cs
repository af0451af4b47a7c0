using System.Collections.Immutable;
using System.IO.Enumeration;
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
        if (!Directory.Exists(options.InputRoot))
        {
            return inputs;
        }
        // what a link is comes with the folder listing: only links cost a call to read where they point
        var links = new FileSystemEnumerable<string>(options.InputRoot, (ref FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => IsLink(ref entry) && !entry.FileName.StartsWith('.'),
            // hidden folders, like .git, are never read; a link to a folder is not followed
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(ref entry) && !entry.FileName.StartsWith('.'),
        };
        foreach (var link in links.Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(link);
            context.Diagnostics.Error(Codes.InputLink,
                $"'{info.Name}' is a symbolic link (to {info.LinkTarget}); brief reads only real files inside the input folder",
                DiagnosticPath.For(link, options), 0, 0, "copy the file or folder into the input instead of linking to it");
        }
        return inputs;
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
