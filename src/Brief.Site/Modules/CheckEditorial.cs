using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Markdown.Parsing;

namespace Brief.Site.Modules;

/// <summary>
/// Editorial checks, warnings all, on what a briefing's readers would trip over: glossary terms nobody uses,
/// capitalised abbreviations in running text that the glossary does not explain (site.yml's <c>acronyms</c> lists
/// the ones that need no entry), pages reviewed too long before the briefing's as-of date (site.yml's
/// <c>review_after_days</c>), option cards without one of their conventional sections, and, when site.yml's
/// <c>standards</c> lists icd203, estimative language (<see cref="EstimativeLanguage"/>). Read from the front matter,
/// headings and the rendered bodies' term uses, abbreviations and estimative phrases (which the render pass took from
/// each syntax tree, <see cref="UndefinedAcronyms"/>); nothing is changed.
/// </summary>
public sealed class CheckEditorial : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        var bodies = context.OutputsOf(SitePipelines.Render);
        var rendered = bodies.Select(d => d.Get(SiteKeys.Rendered)).ToList();
        var diagnostics = context.Diagnostics;
        UnusedTerms(catalog, rendered, diagnostics);
        var abbreviations = Parallelism.MapMany(bodies, body =>
        {
            var bag = new DiagnosticBag();
            UndefinedAcronyms.Check(body.Get(SiteKeys.Item), body.Get(SiteKeys.Abbreviations), catalog, bag);
            EstimativeLanguage.Check(body.Get(SiteKeys.Item), catalog.Site, body.Get(SiteKeys.Estimative), bag);
            return bag.Sorted();
        }, context.CancellationToken);
        foreach (var diagnostic in abbreviations)
        {
            diagnostics.Add(diagnostic);
        }
        // each document's own checks read its front matter and headings only
        foreach (var item in catalog.ByFile())
        {
            Stale(item, catalog.Site, diagnostics);
            if (item is OptionCard option)
            {
                MissingSections(option, catalog.Parsed[option.Id], catalog.Site.Markings, diagnostics);
            }
        }
        return [];
    }

    private static void UnusedTerms(Model.Catalog catalog, IReadOnlyList<Markdown.Rendering.RenderResult> rendered, DiagnosticBag diagnostics)
    {
        // the terms no page uses, struck off page by page until none is left (on a big site, after a few pages)
        var unused = catalog.All<GlossaryTerm>().Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        unused.ExceptWith(catalog.All<OptionCard>().SelectMany(o => o.Authorities.Select(a => a.Value)));
        foreach (var result in rendered)
        {
            if (unused.Count == 0)
            {
                break;
            }
            unused.ExceptWith(result.TermIds);
            unused.ExceptWith(result.LinkedIds);
        }
        foreach (var term in catalog.All<GlossaryTerm>().Where(t => unused.Contains(t.Id)).OrderBy(t => t.Source, StringComparer.Ordinal))
        {
            var (line, column) = term.Fields.Has("term") ? term.Fields.PositionOf("term") : (1, 1);
            diagnostics.Warning(Codes.UnusedTerm, $"glossary term '{term.Term}' is not used on any page", term.File, line, column,
                "use it where it matters, link to it, or delete the entry if the briefing no longer needs it");
        }
    }

    private static void Stale(ContentItem item, SiteSettings site, DiagnosticBag diagnostics)
    {
        if (site.ReviewAfterDays is not { } days || site.AsOf is not { } asOf || item.Reviewed is not { } reviewed)
        {
            return;
        }
        var age = asOf.DayNumber - reviewed.DayNumber;
        if (age > days)
        {
            var (line, column) = item.Fields.PositionOf("reviewed");
            diagnostics.Warning(Codes.StaleReview,
                $"last reviewed {reviewed:yyyy-MM-dd}, {age} days before the briefing's as-of date (the limit is {days})",
                item.File, line, column, "check the page against current facts and update 'reviewed', or take it out of the briefing");
        }
    }

    private static void MissingSections(OptionCard option, ParsedMarkdown parsed, MarkingRegister? markings, DiagnosticBag diagnostics)
    {
        // "## (U) Risks" is the section Risks, marked
        var present = parsed.Headings.Where(h => h.Level == 2)
            .Select(h => markings?.LevelOf(Portion.MarkOf(h.Text)) >= 0 ? h.Text[(h.Text.IndexOf(')', StringComparison.Ordinal) + 1)..].TrimStart()
                : h.Text)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = Schemas.Option.BodySections.Where(s => !present.Contains(s)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Warning(Codes.MissingSection, $"option card has no section {string.Join(", ", missing.Select(m => $"'## {m}'"))}",
                option.File, parsed.LineOffset + 1, 1,
                $"option cards are compared section by section; add {(missing.Count == 1 ? "it" : "them")} "
                + $"(the usual order: {string.Join(", ", Schemas.Option.BodySections)})");
        }
    }
}
