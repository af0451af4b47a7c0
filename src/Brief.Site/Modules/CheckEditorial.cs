using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Markdown.Parsing;
using Brief.Site.Incremental;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Site.Modules;

/// <summary>
/// Editorial checks, warnings all, on what a briefing's readers would trip over: glossary terms nobody uses,
/// capitalised abbreviations in running text that the glossary does not explain (site.yml's <c>acronyms</c> lists
/// the ones that need no entry), pages reviewed too long before the briefing's as-of date (site.yml's
/// <c>review_after_days</c>), and option cards without one of their conventional sections. Read from the syntax
/// trees and the rendered bodies' term uses; nothing is changed.
/// </summary>
public sealed partial class CheckEditorial : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        var rendered = context.OutputsOf(SitePipelines.Render).Select(d => d.Get(SiteKeys.Rendered)).ToList();
        var diagnostics = context.Diagnostics;
        UnusedTerms(catalog, rendered, diagnostics);
        var cache = context.Setting(SiteKeys.Cache);
        var items = catalog.Items.Values.OrderBy(i => i.Source, StringComparer.Ordinal).ToArray();
        // Each document's own checks depend on it and the catalog only: in parallel, and taken from the cache when
        // neither changed (brief serve). Reported in source order.
        var warnings = Parallelism.Map(items, item =>
            {
                var key = Fingerprint.Joined("editorial", catalog.Key, catalog.SourceKeys[item.Id]);
                if (!cache.TryGetEditorial(key, out var found))
                {
                    var bag = new DiagnosticBag();
                    UndefinedAcronyms(item, catalog, bag);
                    Stale(item, catalog.Site, bag);
                    if (item is OptionCard option)
                    {
                        MissingSections(option, catalog.Parsed[option.Id], bag);
                    }
                    found = bag.Sorted();
                    cache.RememberEditorial(key, found);
                }
                return found;
            }, context.CancellationToken);
        foreach (var diagnostic in warnings.SelectMany(w => w))
        {
            diagnostics.Add(diagnostic);
        }
        return [];
    }

    private static void UnusedTerms(Model.Catalog catalog, IReadOnlyList<Markdown.Rendering.RenderResult> rendered, DiagnosticBag diagnostics)
    {
        var used = rendered.SelectMany(r => r.TermIds.Concat(r.LinkedIds))
            .Concat(catalog.All<OptionCard>().SelectMany(o => o.Authorities.Select(a => a.Value)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var term in catalog.All<GlossaryTerm>().Where(t => !used.Contains(t.Id)).OrderBy(t => t.Source, StringComparer.Ordinal))
        {
            var (line, column) = term.Fields.Has("term") ? term.Fields.PositionOf("term") : (1, 1);
            diagnostics.Warning(Codes.UnusedTerm, $"glossary term '{term.Term}' is not used on any page", term.File, line, column,
                "use it where it matters, link to it, or delete the entry if the briefing no longer needs it");
        }
    }

    private static void UndefinedAcronyms(ContentItem item, Model.Catalog catalog, DiagnosticBag diagnostics)
    {
        var parsed = catalog.Parsed[item.Id];
        var allowed = catalog.Site.Acronyms;
        // the handling line is on every page and is no abbreviation to explain
        var marking = (catalog.Site.Marking ?? "").Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var literal in parsed.Syntax.Descendants<LiteralInline>().Where(IsRunningText))
        {
            var text = literal.Content.ToString();
            // terms the glossary links, e.g. MQ-9 and RC-135 as wholes, in order: one pass along them (a long page stays linear)
            var candidates = Acronym().Matches(text);
            if (candidates.Count == 0)
            {
                continue;
            }
            var explained = catalog.Glossary.Matcher.Matches(text);
            var next = 0;
            foreach (Match match in candidates)
            {
                var word = match.Value;
                while (next < explained.Count && explained[next].Start + explained[next].Length <= match.Index)
                {
                    next++;
                }
                var insideTerm = next < explained.Count && explained[next].Start <= match.Index
                    && match.Index + match.Length <= explained[next].Start + explained[next].Length;
                if (insideTerm || allowed.Contains(word) || reported.Contains(word) || marking.Contains(word) || RomanNumeral().IsMatch(word)
                    || Explained(word, catalog))
                {
                    continue;
                }
                reported.Add(word);
                diagnostics.Warning(Codes.UndefinedAcronym, $"'{word}' looks like an abbreviation but the glossary does not explain it",
                    item.File, literal.Line + parsed.LineOffset, literal.Column + 1 + match.Index,
                    $"add glossary/{Slug.From(word)}.md, or list '{word}' under acronyms in site.yml if readers need no explanation");
            }
        }
    }

    private static bool Explained(string word, Model.Catalog catalog)
    {
        var singular = word.Length > 2 && word.EndsWith('s') ? word[..^1] : word;
        return catalog.Glossary.Matcher.Matches(word).Any(m => m.Length == word.Length)
            || catalog.Glossary.Matcher.Matches(singular).Any(m => m.Length == singular.Length)
            || catalog.Site.Acronyms.Contains(singular);
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
            diagnostics.Warning(Codes.StaleReview, $"last reviewed {reviewed:yyyy-MM-dd}, {age} days before the briefing's as-of date (the limit is {days})",
                item.File, line, column, "check the page against current facts and update 'reviewed', or take it out of the briefing");
        }
    }

    private static void MissingSections(OptionCard option, ParsedMarkdown parsed, DiagnosticBag diagnostics)
    {
        var present = parsed.Headings.Where(h => h.Level == 2).Select(h => h.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = Schemas.Option.BodySections.Where(s => !present.Contains(s)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Warning(Codes.MissingSection, $"option card has no section {string.Join(", ", missing.Select(m => $"'## {m}'"))}",
                option.File, parsed.LineOffset + 1, 1,
                $"option cards are compared section by section; add {(missing.Count == 1 ? "it" : "them")} (the usual order: {string.Join(", ", Schemas.Option.BodySections)})");
        }
    }

    private static bool IsRunningText(LiteralInline literal)
    {
        for (MarkdownObject? parent = literal.Parent; parent is not null; parent = parent is Inline inline ? (MarkdownObject?)inline.Parent ?? FindBlock(inline) : ((Block)parent).Parent)
        {
            if (parent is LinkInline or HeadingBlock or CodeBlock)
            {
                return false;
            }
        }
        return true;
    }

    private static Block? FindBlock(Inline inline)
    {
        var top = inline;
        while (top.Parent is not null)
        {
            top = top.Parent;
        }
        return (top as ContainerInline)?.ParentBlock;
    }

    // two or more capitals as a whole word, with a designator after a hyphen: SOFA, AUMFs, MQ-9 — not "I" or "A"
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*s?(?![\p{L}\p{N}-])", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();

    [GeneratedRegex("^[IVXLC]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();
}
