using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Site.Incremental;
using Brief.Site.Theme;
using Scriban.Runtime;

namespace Brief.Site.Modules;

/// <summary>
/// Lays out every page into its file, in parallel, redoing only what changed. A page whose inputs (what its model
/// is built from) are those the previous build recorded is unchanged; otherwise its model is built and
/// fingerprinted with its layout and the theme, and if that fingerprint is the recorded one the page is unchanged
/// too (templates see nothing but the model, so the bytes are the same); a page known by its inputs alone (a printed
/// brief, <see cref="Model.PageJob.ByInputs"/>) is laid out again without that second look. An unchanged page still in the previous
/// output as written is hard-linked from there into a full build's new folder, or left where it is (an update, whose
/// folder holds only what changed, and brief serve, which updates its folder in place).
/// A build that records nothing for a later one (--no-cache) lays every page out without fingerprinting it. In a
/// check, pages are laid out into nothing, so a template that fails at run time is still caught.
/// </summary>
public sealed class LayOutPages : ParallelModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, PipelineContext context)
    {
        if (input.Destination is not { } destination)
        {
            return [input];
        }
        if (!input.TryGet(SiteKeys.Page, out var page))
        {
            WriteFile(input, destination, context);
            return [input];
        }
        var (theme, cache, options) = (context.Setting(SiteKeys.Theme), context.Setting(SiteKeys.Cache), context.Setting(SiteKeys.Options));
        var write = context.Setting(SiteKeys.WriteOutput);
        if (!cache.RecordsPages)
        {
            LayOut(theme, page.Layout, page.Model(), write ? OutputFile.PathOf(options.OutputRoot, destination) : null, RootOf(destination,
                options), context);
            return [input];
        }
        var previous = context.Setting(SiteKeys.PreviousOutput);
        var (record, key, model) = Unchanged(page, cache.Pages.Written(destination, previous, trustFiles: options.InPlace), theme);
        if (model is not null)
        {
            cache.Pages.Modeled();
        }
        if (!write)
        {
            if (record is null)
            {
                LayOut(theme, page.Layout, model ?? page.Model(), null, null, context);
            }
            return [input];
        }
        // a page left where it is in the output (brief serve, an update) needs no folder made for it
        var leaves = context.Setting(SiteKeys.Mode).LeavesUnchangedFiles();
        var target = record is not null && leaves
            ? OutputFile.Inside(options.OutputRoot, destination)
            : OutputFile.PathOf(options.OutputRoot, destination);
        if (record is null)
        {
            LayOut(theme, page.Layout, model ?? page.Model(), target, RootOf(destination, options), context);
        }
        else if (!leaves)
        {
            HardLink.CreateOrCopy(Path.Combine(previous, destination), target);
        }
        cache.Pages.Remember(destination, page.Inputs, key, target, record);
        return [input];
    }

    /// <summary>
    /// The previous build's record of the page if the page is unchanged (null if it changed), the page's key (what
    /// the record will say), and its model if it had to be built to tell.
    /// </summary>
    private static (PageRecords.Record? Record, string Key, ScriptObject? Model) Unchanged(Model.PageJob page, PageRecords.Record? record,
        ThemeTemplates theme)
    {
        if (record is not null && record.Inputs == page.Inputs)
        {
            return (record, record.Key, null);
        }
        if (page.ByInputs)
        {
            return (null, page.Inputs, null); // the inputs changed, so the page did
        }
        var model = page.Model();
        using var fingerprint = new Fingerprint();
        fingerprint.Add(theme.Key).Add(page.Layout);
        ModelHash.Add(fingerprint, model);
        var key = fingerprint.Finish();
        return (record?.Key == key ? record : null, key, model);
    }

    /// <summary>Writes a file that is not a page (a brief's print stylesheet, the hosting files).</summary>
    private static void WriteFile(Document input, string destination, PipelineContext context)
    {
        var options = context.Setting(SiteKeys.Options);
        if (!context.Setting(SiteKeys.WriteOutput))
        {
            return;
        }
        if (options.InPlace)
        {
            OutputFile.WriteAtomically(OutputFile.PathOf(options.OutputRoot, destination), input.Content.WriteTo);
        }
        else
        {
            OutputFile.Write(OutputFile.PathOf(options.OutputRoot, destination), input.Content, RootOf(destination, options));
        }
    }

    /// <summary>The path from a file to the site's root, which an offline copy's addresses start with; null for a hosted site.</summary>
    private static string? RootOf(string destination, BuildOptions options) => options.Offline ? Model.Urls.RootFrom(destination) : null;

    /// <summary>
    /// Lays a page out into <paramref name="target"/>: written aside and moved over it when the folder is updated in
    /// place (brief serve, never offline), straight into it otherwise; with no target, into nothing, only to find
    /// template errors. <paramref name="root"/>: see <see cref="OutputFile.Create"/>.
    /// </summary>
    private static void LayOut(ThemeTemplates theme, string layout, ScriptObject model, string? target, string? root, PipelineContext context)
    {
        if (target is null)
        {
            theme.Render(layout, model, TextWriter.Null, context.Diagnostics);
        }
        else if (context.Setting(SiteKeys.Options).InPlace)
        {
            OutputFile.WriteAtomically(target, writer => theme.Render(layout, model, writer, context.Diagnostics));
        }
        else
        {
            using var writer = OutputFile.Create(target, root);
            theme.Render(layout, model, writer, context.Diagnostics);
        }
    }
}
