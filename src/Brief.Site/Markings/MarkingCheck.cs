using System.Collections.Frozen;
using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;
using Brief.Markdown.Parsing;
using Brief.Site.Model;

namespace Brief.Site.Markings;

/// <summary>
/// Reads every document's portion marks against the register: a mark not in it is an error, a portion above the release
/// level is an error (the release gate: any error stops every output), and in a document that marks any portion, a
/// portion without a mark is a warning. Each at the portion's line and column. Gives each document's highest marks.
/// </summary>
public static class MarkingCheck
{
    /// <summary>Front matter fields that are portions: a marked document marks them too.</summary>
    private static readonly string[] Portioned = ["title", "summary"];

    /// <summary>Front matter text shown on pages that may carry a mark but need none (a term's display form, a source's name).</summary>
    private static readonly string[] MarkedIfGiven = ["term", "expansion", "name", "role"];

    private readonly record struct Found(string Noun, int Line, int Column, string? Mark, bool Required, bool Listed, bool FirstSection);

    public static FrozenDictionary<string, DocumentMarks> Run(Catalog catalog, MarkingRegister register, DiagnosticBag diagnostics)
    {
        var marks = new Dictionary<string, DocumentMarks>(StringComparer.Ordinal);
        if (register.Levels.IsEmpty)
        {
            return marks.ToFrozenDictionary(StringComparer.Ordinal); // the register's own error says why
        }
        foreach (var item in catalog.ByFile())
        {
            marks[item.Id] = Check(item, [.. Portions(item, catalog.Parsed[item.Id])], register, diagnostics);
        }
        return marks.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<Found> Portions(ContentItem item, ParsedMarkdown parsed)
    {
        foreach (var field in Portioned.Concat(MarkedIfGiven))
        {
            if (item.Fields.Raw(field) is { Value: string text } located)
            {
                yield return new Found($"'{field}'", located.Line, located.Column, Portion.MarkOf(text.TrimStart()), Portioned.Contains(field),
                    Listed: true, FirstSection: false);
            }
        }
        // a memo's clearance notes are printed in its clearance table: portions of the memo
        foreach (var note in item.Fields.Records("clearance").Select(c => c.Raw("note")))
        {
            if (note is { Value: string text } located)
            {
                yield return new Found("clearance note", located.Line, located.Column, Portion.MarkOf(text.TrimStart()), Required: true,
                    Listed: false, FirstSection: false);
            }
        }
        foreach (var portion in parsed.Portions)
        {
            yield return new Found(portion.Noun, portion.Line, portion.Column, portion.Mark, portion.Kind != PortionKind.Other, Listed: false,
                portion.FirstSection);
        }
    }

    private static DocumentMarks Check(ContentItem item, List<Found> portions, MarkingRegister register, DiagnosticBag diagnostics)
    {
        var (listed, body, first) = (-1, -1, -1);
        var release = register.ReleaseLevel;
        var anyMarked = false;
        foreach (var portion in portions.Where(p => p.Mark is not null && MarkingRegister.IsMark(p.Mark)))
        {
            anyMarked = true;
            var level = register.LevelOf(portion.Mark);
            if (level < 0)
            {
                diagnostics.Error(Codes.UnknownMark, $"unknown mark '({portion.Mark})' on this {portion.Noun}", item.File, portion.Line,
                    portion.Column, Nearest.Hint(portion.Mark!, register.Marks)
                        ?? $"the marks of this briefing are {string.Join(", ", register.Marks.Select(m => $"({m})"))} (site.yml markings)");
            }
            else if (release >= 0 && level > release)
            {
                diagnostics.Error(Codes.AboveRelease,
                    $"this {portion.Noun} is marked ({portion.Mark}), above the release level ({register.Release}): it may not be published",
                    item.File, portion.Line, portion.Column,
                    $"take it out of this briefing's release, or build for a release that allows it (--release {portion.Mark})");
            }
            (listed, body) = portion.Listed ? (Math.Max(listed, level), body) : (listed, Math.Max(body, level));
            first = portion.FirstSection ? Math.Max(first, level) : first;
        }
        if (anyMarked)
        {
            var example = register.Levels[0].Mark;
            foreach (var portion in portions.Where(p => p.Required && (p.Mark is null || !MarkingRegister.IsMark(p.Mark))))
            {
                diagnostics.Warning(Codes.UnmarkedPortion, $"this {portion.Noun} has no portion mark, but the document marks others",
                    item.File, portion.Line, portion.Column,
                    $"start it with its mark, e.g. ({example}): every portion of a marked document is marked");
            }
        }
        return new DocumentMarks(listed, body, first);
    }
}
