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
        if (copyFrom is not null)
        {
            File.Copy(copyFrom, target, overwrite: true);
        }
        else
        {
            OutputFile.Write(target, input.Content);
        }
        return [input];
    }
}
