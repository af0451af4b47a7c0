using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Site.Incremental;

namespace Brief.Site.Modules;

/// <summary>
/// Lays out every page into its file, in parallel. A page's model is built first and fingerprinted with its layout
/// and the theme: a page written with the same fingerprint by the previous build, and still as it was written, is
/// hard-linked from the previous output instead of laid out again (templates see nothing but the model, so the bytes
/// are the same). In a check, pages are laid out into nothing, so a template that fails at run time is still caught.
/// </summary>
public sealed class WritePages : ParallelModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, PipelineContext context)
    {
        if (input.Destination is null)
        {
            return [input];
        }
        var write = context.Setting(SiteKeys.WriteOutput);
        if (!input.TryGet(SiteKeys.Page, out var page))
        {
            if (write)
            {
                OutputFile.Write(OutputFile.PathOf(context.Setting(SiteKeys.Options).OutputRoot, input.Destination), input.Content);
            }
            return [input];
        }
        var theme = context.Setting(SiteKeys.Theme);
        var cache = context.Setting(SiteKeys.Cache);
        var previous = context.Setting(SiteKeys.PreviousOutput);
        var model = page.Model();
        string key;
        using (var fingerprint = new Fingerprint())
        {
            fingerprint.Add(theme.Key).Add(page.Layout);
            ModelHash.Add(fingerprint, model);
            key = fingerprint.Finish();
        }
        var unchanged = cache.IsUnchanged(input.Destination, key, previous);
        if (!write)
        {
            if (!unchanged)
            {
                theme.Render(page.Layout, model, TextWriter.Null, context.Diagnostics);
            }
            return [input];
        }
        var target = OutputFile.PathOf(context.Setting(SiteKeys.Options).OutputRoot, input.Destination);
        if (unchanged)
        {
            HardLink.CreateOrCopy(Path.Combine(previous, input.Destination), target);
        }
        else
        {
            using var writer = OutputFile.Create(target);
            theme.Render(page.Layout, model, writer, context.Diagnostics);
        }
        cache.RememberPage(input.Destination, key, target, reused: unchanged);
        return [input];
    }
}
