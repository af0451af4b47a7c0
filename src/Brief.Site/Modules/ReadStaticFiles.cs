using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Modules;

/// <summary>
/// Lists files to publish as they are: the input's assets/ (to /assets/) or the theme's assets/ (to /theme/). An input
/// asset a browser would run script from is an error and is not published: HTML and JavaScript files, and SVG images
/// with a script, an event handler or a javascript: URL (the theme, the site's own code, is trusted). Each carries a
/// content key from its length and time, so a build with a cache leaves an unchanged asset where it is.
/// </summary>
public sealed partial class ReadStaticFiles(bool fromTheme) : IModule
{
    private static readonly HashSet<string> ScriptTypes = new([".html", ".htm", ".xhtml", ".xht", ".js", ".mjs", ".xml", ".xsl"],
        StringComparer.OrdinalIgnoreCase);

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var options = context.Setting(SiteKeys.Options);
        var root = fromTheme ? options.ThemeRoot : options.InputRoot;
        return [.. InputFiles.Under(root, "assets")
            .Where(source => fromTheme || Publishable(Path.Combine(root, source), options, context.Diagnostics))
            .Select(source => Document
                .Create(source, fromTheme ? "theme/" + source["assets/".Length..] : source)
                .With(SiteKeys.CopyFrom, Path.Combine(root, source))
                .With(SiteKeys.ContentKey, StampOf(Path.Combine(root, source))))];
    }

    /// <summary>
    /// An asset's content key: its path, length and modification time, not its bytes (an image need not be read to
    /// learn it is unchanged). A file replaced by other bytes of the same length and time is taken as unchanged.
    /// </summary>
    private static string StampOf(string path)
    {
        var file = new FileInfo(path);
        return Incremental.Fingerprint.Of("asset", path, file.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            file.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static bool Publishable(string path, BuildOptions options, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(path);
        string? reason = null;
        if (ScriptTypes.Contains(extension))
        {
            reason = $"a {extension} file would run as a page of the site, with any script in it";
        }
        else if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase) && ScriptInSvg().IsMatch(File.ReadAllText(path)))
        {
            reason = "the SVG image holds a script, an event handler or a javascript: URL";
        }
        if (reason is null)
        {
            return true;
        }
        diagnostics.Error(Codes.UnsafeAsset, $"asset not published: {reason}", DiagnosticPath.For(path, options), 0, 0,
            "write pages in Markdown; export images without scripts (e.g. SVG saved as 'plain SVG', or PNG)");
        return false;
    }

    [GeneratedRegex(@"<script|<foreignObject|javascript:|\son[a-z]+\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptInSvg();
}
