using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Modules;

/// <summary>
/// Writes each document with a destination into the output folder: its content streamed into the file, or a copy
/// of its file. In a check, content is produced and discarded, so nothing is written.
/// </summary>
public sealed class WriteFiles : ParallelModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, PipelineContext context)
    {
        if (input.Destination is null)
        {
            return [input];
        }
        var copyFrom = input.TryGet(SiteKeys.CopyFrom, out var from) ? from : null;
        if (!context.Setting(SiteKeys.WriteOutput))
        {
            if (copyFrom is null)
            {
                input.Content.WriteTo(TextWriter.Null);
            }
            return [input];
        }
        var target = OutputFile.PathOf(context.Setting(SiteKeys.Options).OutputRoot, input.Destination);
        var inPlace = context.Setting(SiteKeys.Options).InPlace;
        if (copyFrom is not null && inPlace)
        {
            // a folder updated while it is served: leave a file that is already the same, replace others whole
            if (!SameBytes(copyFrom, target))
            {
                var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
                File.Copy(copyFrom, temporary, overwrite: true);
                File.Move(temporary, target, overwrite: true);
            }
        }
        else if (copyFrom is not null)
        {
            File.Copy(copyFrom, target, overwrite: true);
        }
        else if (inPlace)
        {
            OutputFile.WriteAtomically(target, input.Content.WriteTo);
        }
        else
        {
            OutputFile.Write(target, input.Content);
        }
        return [input];
    }

    private static bool SameBytes(string a, string b)
    {
        var (first, second) = (new FileInfo(a), new FileInfo(b));
        return second.Exists && first.Length == second.Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }
}
