using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Modules;

/// <summary>Writes each document with a destination into the output folder: its content, or a copy of its file.</summary>
public sealed class WriteFiles : ParallelModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, PipelineContext context)
    {
        if (input.Destination is null)
        {
            return [input];
        }
        var root = Path.GetFullPath(context.Setting(SiteKeys.Options).OutputRoot);
        var target = Path.GetFullPath(Path.Combine(root, input.Destination));
        if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{input.Destination}' outside the output folder.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (input.TryGet(SiteKeys.CopyFrom, out var from))
        {
            File.Copy(from, target, overwrite: true);
        }
        else
        {
            File.WriteAllText(target, input.Content);
        }
        return [input];
    }
}
