using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;

namespace Brief.Content.Loading;

/// <summary>
/// site.yml's <c>markings</c> and <c>release</c>: every mark a word in parentheses can be, each once, and a release that
/// names one of them. Every problem is an error at its line and column; a bad entry is left out of the register.
/// </summary>
public static class MarkingsReader
{
    public static MarkingRegister? Read(FieldValues fields, string file, DiagnosticBag diagnostics)
    {
        var release = fields.Text("release");
        if (!fields.Has("markings"))
        {
            if (release is not null)
            {
                var (line, column) = fields.PositionOf("release");
                diagnostics.Error(Codes.UnknownRelease, $"'release' is '{release}', but site.yml has no 'markings'", file, line, column,
                    "list the marks first, lowest first: markings: [{mark: U, banner: UNCLASSIFIED}, {mark: CUI, banner: CUI}]");
            }
            return null;
        }
        var (markingsLine, markingsColumn) = fields.PositionOf("markings");
        var levels = ImmutableArray.CreateBuilder<Marking>();
        foreach (var entry in fields.Records("markings"))
        {
            if (Entry(entry, levels, file, diagnostics) is { } marking)
            {
                levels.Add(marking);
            }
        }
        if (fields.Records("markings").IsEmpty && fields.Raw("markings") is not null)
        {
            diagnostics.Error(Codes.BadMarkings, "'markings' lists no mark", file, markingsLine, markingsColumn,
                "list the marks this briefing uses, lowest first, e.g. - { mark: U, banner: UNCLASSIFIED }");
        }
        var register = new MarkingRegister(levels.ToImmutable(), release, markingsLine, markingsColumn);
        if (release is not null && register.LevelOf(release) < 0 && levels.Count > 0)
        {
            var (line, column) = fields.PositionOf("release");
            diagnostics.Error(Codes.UnknownRelease, $"'release' is '{release}', not one of the marks in 'markings' ({string.Join(", ",
                register.Marks)})", file, line, column, Nearest.Hint(release, register.Marks) ?? "name the highest mark allowed in the output");
        }
        return register;
    }

    private static Marking? Entry(FieldValues entry, ImmutableArray<Marking>.Builder levels, string file, DiagnosticBag diagnostics)
    {
        if (entry.Text("mark") is not { } mark || entry.Text("banner") is not { } banner)
        {
            return null; // a missing field is reported already
        }
        var (line, column) = entry.PositionOf("mark");
        if (!MarkingRegister.IsMark(mark))
        {
            diagnostics.Error(Codes.BadMarkings, $"'{mark}' cannot be a mark", file, line, column,
                $"a mark is one word of capital letters, digits and / - _ . & (at most {MarkingRegister.MaxMarkLength}), e.g. U, CUI or S//NF");
            return null;
        }
        if (levels.Any(l => l.Mark == mark))
        {
            diagnostics.Error(Codes.BadMarkings, $"the mark '{mark}' is listed twice", file, line, column,
                "list each mark once, lowest first");
            return null;
        }
        if (string.IsNullOrWhiteSpace(banner))
        {
            var (bannerLine, bannerColumn) = entry.PositionOf("banner");
            diagnostics.Error(Codes.BadMarkings, $"the banner of '{mark}' is empty", file, bannerLine, bannerColumn,
                "write the banner a page at this level carries, e.g. UNCLASSIFIED");
            return null;
        }
        return new Marking(mark, banner);
    }
}
