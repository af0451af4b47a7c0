using System.Text;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Modules;

/// <summary>
/// Writes each document with a destination into the output folder: its content streamed into the file (pages
/// are laid out as they are written), or a copy of its file. In a check, content is produced and discarded, so
/// a template that fails at run time is caught without writing anything.
/// </summary>
public sealed class WriteFiles : ParallelModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    protected override IEnumerable<Document> ExecuteDocument(Document input, PipelineContext context)
    {
        if (input.Destination is null)
        {
            return [input];
        }
        if (!context.Setting(SiteKeys.WriteOutput))
        {
            if (!input.TryGet(SiteKeys.CopyFrom, out _))
            {
                input.Content.WriteTo(TextWriter.Null);
            }
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
            return [input];
        }
        using (var writer = new StreamWriter(new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0), Utf8, bufferSize: 1 << 15))
        {
            input.Content.WriteTo(writer);
        }
        return [input];
    }
}
