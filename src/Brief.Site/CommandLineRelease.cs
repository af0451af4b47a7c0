using Brief.Content.Model;
using Brief.Core.Diagnostics;

namespace Brief.Site;

/// <summary>
/// brief build's and brief check's --release over site.yml's release. A register without a release from either is an
/// error: the release gate must know its level before anything can be written.
/// </summary>
public static class CommandLineRelease
{
    public static SiteSettings Apply(SiteSettings site, BuildOptions options, DiagnosticBag diagnostics)
    {
        var register = site.Markings;
        if (options.Release is { } release)
        {
            if (register is null)
            {
                diagnostics.Error(Codes.UnknownRelease, $"--release is '{release}', but site.yml has no 'markings'", "--release", 0, 0,
                    "list the marks in site.yml first, lowest first: markings: [{mark: U, banner: UNCLASSIFIED}, {mark: CUI, banner: CUI}]");
                return site;
            }
            if (register.LevelOf(release) < 0)
            {
                diagnostics.Error(Codes.UnknownRelease, $"--release is '{release}', not one of the marks in 'markings' ({string.Join(", ",
                    register.Marks)})", "--release", 0, 0, Content.Schema.Nearest.Hint(release, register.Marks) ?? "give one of those marks");
                return site;
            }
            return site with { Markings = register with { Release = release } };
        }
        if (register is { Release: null, Levels.Length: > 0 })
        {
            diagnostics.Error(Codes.UnknownRelease, "'markings' is set but 'release' is not: nothing could be written", DiagnosticPath.For(
                Path.Combine(options.InputRoot, "site.yml"), options), register.Line, register.Column,
                $"add 'release: {register.Levels[0].Mark}' to site.yml (the highest mark allowed in the output), or build with --release");
        }
        return site;
    }
}
