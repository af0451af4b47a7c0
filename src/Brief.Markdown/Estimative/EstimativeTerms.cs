using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Brief.Markdown.Estimative;

/// <summary>What an estimative phrase states: a step of one of ICD 203's two likelihood scales, or a confidence level.</summary>
public enum EstimativeKind
{
    /// <summary>almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain.</summary>
    FirstScale,

    /// <summary>remote, highly improbable, improbable, roughly even odds, probable, highly probable, nearly certain.</summary>
    SecondScale,

    /// <summary>high, moderate or low confidence.</summary>
    Confidence,
}

/// <summary>An estimative phrase found in a text: where it starts, how long it is, what it states and how it is written.</summary>
public readonly record struct EstimativeMatch(int Index, int Length, EstimativeKind Kind, string Term);

/// <summary>
/// The words of ICD 203's likelihood scales and confidence levels, found in running text: whole words, any case,
/// phrases across any white space, the longest phrase at a place ("very unlikely" is one step, not "unlikely"), and
/// the adverbs (likely, probably, almost certainly, nearly certainly). Two words that have other meanings count only
/// as estimates: "remote" when it qualifies a chance (a remote chance, possibility, likelihood, prospect, probability
/// or odds) or ends a clause (the chance is remote.), not remote sensing or a remote area; "probable" not in
/// "probable cause". A hyphen joins words, so remote-controlled is no estimate.
/// </summary>
public static partial class EstimativeTerms
{
    public static ImmutableArray<string> FirstScale { get; } =
        ["almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely", "very likely", "almost certain"];

    public static ImmutableArray<string> SecondScale { get; } =
        ["remote", "highly improbable", "improbable", "roughly even odds", "probable", "highly probable", "nearly certain"];

    /// <summary>Every estimative phrase of the text, in order; white space inside a phrase is written as one space.</summary>
    public static IEnumerable<EstimativeMatch> Find(string text)
    {
        for (var match = Phrase().Match(text); match.Success; match = match.NextMatch())
        {
            var kind = match.Groups["first"].Success ? EstimativeKind.FirstScale
                : match.Groups["second"].Success ? EstimativeKind.SecondScale
                : EstimativeKind.Confidence;
            yield return new EstimativeMatch(match.Index, match.Length, kind, Spaces().Replace(match.Value, " "));
        }
    }

    /// <summary>The scale a kind names, in its order, for messages.</summary>
    public static string ScaleOf(EstimativeKind kind) => string.Join(", ", kind == EstimativeKind.FirstScale ? FirstScale : SecondScale);

    // at a place, the alternatives are tried in order: a longer phrase before the shorter one it holds
    [GeneratedRegex("""
        (?<![\p{L}\p{N}-])
        (?:
          (?<first>almost\s+no\s+chance|very\s+unlikely|unlikely|roughly\s+even\s+chance|very\s+likely|likely|almost\s+certain(?:ly)?)
        | (?<second>highly\s+improbabl[ey]|improbabl[ey]|roughly\s+even\s+odds|highly\s+probabl[ey]|probable(?!\s+cause)|probably
            |nearly\s+certain(?:ly)?
            |remote(?=\s+(?:chance|possibility|likelihood|prospects?|probability|odds)(?![\p{L}\p{N}-])|\s*[.;:!?)\u201D"]|\s*$))
        | (?<confidence>(?:high|moderate|low)(?:\s+|-)confidence)
        )
        (?![\p{L}\p{N}-])
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
