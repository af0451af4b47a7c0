using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Modules;

/// <summary>
/// Writes each document with a destination into the output folder: its content streamed into the file, or a copy
/// of its file. In a check, content is produced and discarded, so nothing is written. A file that carries the
/// fingerprint of what its bytes follow from (<see cref="SiteKeys.ContentKey"/>), and that the previous build wrote
/// from the same fingerprint, is hard-linked from the previous output (or left where it is, in an update or brief serve),
/// not written again. Assets carry one too (<see cref="ReadStaticFiles"/>), so an unchanged asset is not copied again.
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
        var options = context.Setting(SiteKeys.Options);
        var inPlace = options.InPlace;
        var cache = context.Setting(SiteKeys.Cache);
        if (input.TryGet(SiteKeys.ContentKey, out var key) && cache.RecordsPages)
        {
            var previous = context.Setting(SiteKeys.PreviousOutput);
            var record = cache.Pages.Written(input.Destination, previous, trustFiles: inPlace);
            if (record?.Key != key)
            {
                record = null;
            }
            var leaves = context.Setting(SiteKeys.Mode).LeavesUnchangedFiles();
            var written = record is not null && leaves
                ? OutputFile.Inside(options.OutputRoot, input.Destination)
                : OutputFile.PathOf(options.OutputRoot, input.Destination);
            if (record is null)
            {
                Write(input, written, inPlace);
            }
            else if (!leaves)
            {
                Incremental.HardLink.CreateOrCopy(Path.Combine(previous, input.Destination), written);
            }
            cache.Pages.Remember(input.Destination, key, key, written, record, isPage: false);
            return [input];
        }
        Write(input, OutputFile.PathOf(options.OutputRoot, input.Destination), inPlace);
        return [input];
    }

    private static void Write(Document input, string target, bool inPlace)
    {
        var copyFrom = input.TryGet(SiteKeys.CopyFrom, out var from) ? from : null;
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
    }

    private static bool SameBytes(string a, string b)
    {
        var (first, second) = (new FileInfo(a), new FileInfo(b));
        return second.Exists && first.Length == second.Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }
}
