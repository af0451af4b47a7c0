using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Markdown.Estimative;
using Markdig.Syntax;

namespace Brief.Site.Modules;

/// <summary>
/// Estimative language as ICD 203 asks, when site.yml's <c>standards</c> lists icd203 (warnings all): one likelihood
/// scale per document (BRF075), likelihood and confidence in separate sentences (BRF076), and every key judgment
/// citing a source (BRF077) and stating a likelihood or confidence level (BRF078). Quoted speech is never checked.
/// The documents that judge are checked: the home page, pages, explainers, option cards and timeline events, in their
/// title, summary and body; glossary terms define and sources describe, so neither is. In two steps, as
/// <see cref="UndefinedAcronyms"/>: the render pass takes the body's <see cref="EstimativeFacts"/> from the tree it
/// renders (<see cref="Facts"/>, kept with the rendered body, whose key covers site.yml), and the editorial checks
/// judge them with the front matter (<see cref="Check"/>).
/// </summary>
internal static class EstimativeLanguage
{
    public static bool Applies(ContentItem item, SiteSettings site) => site.ChecksEstimativeLanguage && item is not (GlossaryTerm or SourceEntry);

    public static EstimativeFacts Facts(ContentItem item, SiteSettings site, MarkdownDocument tree, int lineOffset) =>
        Applies(item, site) ? EstimativeFacts.Of(tree, lineOffset) : EstimativeFacts.None;

    public static void Check(ContentItem item, SiteSettings site, EstimativeFacts body, DiagnosticBag diagnostics)
    {
        if (!Applies(item, site))
        {
            return;
        }
        // each text numbers its own sentences; the document reads title, summary, body
        List<IReadOnlyList<EstimativeUse>> texts = [FrontMatter(item, "title"), FrontMatter(item, "summary"), body.Uses];
        MixedScales(item, texts.SelectMany(t => t), diagnostics);
        foreach (var uses in texts)
        {
            ConfidenceWithLikelihood(item, uses, diagnostics);
        }
        foreach (var judgment in body.Judgments)
        {
            if (!judgment.CitesSource)
            {
                diagnostics.Warning(Codes.KeyJudgmentWithoutSource, "key judgment cites no source", item.File, judgment.Line, judgment.Column,
                    "cite the sources it rests on, e.g. [@source-id]: a reader weighs a judgment by its sources");
            }
            if (!judgment.StatesLikelihood)
            {
                diagnostics.Warning(Codes.KeyJudgmentWithoutLikelihood, "key judgment states no likelihood or confidence level", item.File,
                    judgment.Line, judgment.Column,
                    "say how likely it is ('likely', 'almost certain') or how confident the judgment is ('high confidence'), as ICD 203 asks");
            }
        }
    }

    private static IReadOnlyList<EstimativeUse> FrontMatter(ContentItem item, string field) =>
        item.Fields.Text(field) is { Length: > 0 } text
            ? [.. EstimativeFacts.UsesIn([ProseRun.OnOneLine(text, i => item.Fields.PositionIn(field, i))])]
            : [];

    private static void MixedScales(ContentItem item, IEnumerable<EstimativeUse> uses, DiagnosticBag diagnostics)
    {
        EstimativeUse? first = null;
        foreach (var use in uses.Where(u => u.Kind != EstimativeKind.Confidence))
        {
            first ??= use;
            if (use.Kind != first.Kind)
            {
                diagnostics.Warning(Codes.MixedLikelihoodScales,
                    $"'{use.Term}' is from the {Ordinal(use.Kind)} likelihood scale, but this document already uses the {Ordinal(first.Kind)} "
                    + $"('{first.Term}', line {first.Line})", item.File, use.Line, use.Column,
                    $"use one scale throughout, as ICD 203 asks: the {Ordinal(first.Kind)} is {EstimativeTerms.ScaleOf(first.Kind)}");
                return;
            }
        }
    }

    private static void ConfidenceWithLikelihood(ContentItem item, IReadOnlyList<EstimativeUse> uses, DiagnosticBag diagnostics)
    {
        foreach (var sentence in uses.GroupBy(u => u.Sentence))
        {
            var confidence = sentence.FirstOrDefault(u => u.Kind == EstimativeKind.Confidence);
            var likelihood = sentence.FirstOrDefault(u => u.Kind != EstimativeKind.Confidence);
            if (confidence is not null && likelihood is not null)
            {
                diagnostics.Warning(Codes.ConfidenceWithLikelihood,
                    $"'{likelihood.Term}' and '{confidence.Term}' in one sentence: ICD 203 asks for likelihood and confidence in separate sentences",
                    item.File, likelihood.Line, likelihood.Column,
                    $"state the likelihood in one sentence and the confidence in another, e.g. 'X is {likelihood.Term.ToLowerInvariant()} to …. "
                    + $"We have {confidence.Term.ToLowerInvariant()} in this judgment because …'");
            }
        }
    }

    private static string Ordinal(EstimativeKind kind) => kind == EstimativeKind.FirstScale ? "first" : "second";
}
