using System.Collections.Immutable;
using Markdig.Syntax;

namespace Brief.Markdown.Estimative;

/// <summary>An estimative phrase outside quoted speech, where it is (1-based file line and column), and the sentence it is in.</summary>
public sealed record EstimativeUse(EstimativeKind Kind, string Term, int Line, int Column, int Sentence);

/// <summary>
/// An item of a Key judgments list (where its marker is), whether it cites a source and whether it states a likelihood
/// or confidence level.
/// </summary>
public sealed record KeyJudgment(int Line, int Column, bool CitesSource, bool StatesLikelihood);

/// <summary>
/// What ICD 203's checks need of a text, taken from it once (a body from its syntax tree, while it is rendered), so no
/// tree is kept for them: its estimative phrases outside quoted speech, in reading order, each with its sentence, and
/// its key judgments.
/// </summary>
public sealed record EstimativeFacts(ImmutableArray<EstimativeUse> Uses, ImmutableArray<KeyJudgment> Judgments)
{
    public static EstimativeFacts None { get; } = new([], []);

    public static EstimativeFacts Of(MarkdownDocument document, int lineOffset)
    {
        var judgments = KeyJudgments.Items(document).Select(item => new KeyJudgment(item.Line + lineOffset, item.Column + 1,
            KeyJudgments.CitesASource(item), ProseText.Of(item, lineOffset).Any(run => UsesIn(run, 0).Any())));
        return new([.. UsesIn(ProseText.Of(document, lineOffset))], [.. judgments]);
    }

    /// <summary>The phrases of runs of text, sentences numbered across them in order.</summary>
    public static IEnumerable<EstimativeUse> UsesIn(IEnumerable<ProseRun> runs)
    {
        var sentence = 0;
        foreach (var run in runs)
        {
            var starts = Sentences.Starts(run.Text);
            foreach (var use in UsesIn(run, sentence, starts))
            {
                yield return use;
            }
            sentence += starts.Count;
        }
    }

    private static IEnumerable<EstimativeUse> UsesIn(ProseRun run, int firstSentence, IReadOnlyList<int>? starts = null) =>
        EstimativeTerms.Find(run.Text).Where(m => !run.IsQuoted(m.Index, m.Length)).Select(m =>
        {
            var (line, column) = run.PositionOf(m.Index);
            return new EstimativeUse(m.Kind, m.Term, line, column, firstSentence + (starts is null ? 0 : Sentences.Of(starts, m.Index)));
        });
}
