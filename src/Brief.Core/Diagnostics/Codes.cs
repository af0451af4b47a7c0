namespace Brief.Core.Diagnostics;

/// <summary>Every diagnostic code brief reports, with a short title. docs/diagnostics.md documents each one.</summary>
public static class Codes
{
    public const string InvalidUtf8 = "BRF001";
    public const string MissingSiteFile = "BRF002";
    public const string YamlSyntax = "BRF003";
    public const string MissingField = "BRF004";
    public const string InvalidValue = "BRF005";
    public const string InvalidDate = "BRF006";
    public const string InvalidId = "BRF007";
    public const string DuplicateId = "BRF008";
    public const string UnknownSource = "BRF009";
    public const string UnknownAuthority = "BRF010";
    public const string BrokenLink = "BRF012";
    public const string BrokenAnchor = "BRF013";
    public const string MissingAsset = "BRF014";
    public const string UnknownField = "BRF015";
    public const string UnsafeHtml = "BRF016";
    public const string WrongType = "BRF017";
    public const string BadManifest = "BRF018";
    public const string UnclosedFrontMatter = "BRF019";
    public const string TermConflict = "BRF020";
    public const string MissingHome = "BRF022";
    public const string UnknownPrecedent = "BRF023";
    public const string TooDeep = "BRF024";
    public const string TooLarge = "BRF025";
    public const string InputLink = "BRF026";
    public const string UnsafeOutput = "BRF027";
    public const string UnsafeAsset = "BRF028";
    // BRF029 is retired (search was Pagefind's, which could be missing); codes are never given a new meaning.
    public const string Template = "BRF030";
    public const string OverPageBudget = "BRF040";
    public const string UnusedTerm = "BRF050";
    public const string UndefinedAcronym = "BRF051";
    public const string StaleReview = "BRF052";
    public const string MissingSection = "BRF053";
    public const string MissingAltText = "BRF054";
    public const string BadMarkings = "BRF060";
    public const string UnknownRelease = "BRF061";
    public const string UnknownMark = "BRF062";
    public const string UnmarkedPortion = "BRF063";
    public const string AboveRelease = "BRF064";
    public const string UnknownCitation = "BRF070";
    public const string MalformedCitation = "BRF071";
    public const string MixedLikelihoodScales = "BRF075";
    public const string ConfidenceWithLikelihood = "BRF076";
    public const string KeyJudgmentWithoutSource = "BRF077";
    public const string KeyJudgmentWithoutLikelihood = "BRF078";
    public const string BadCriteria = "BRF080";
    public const string DuplicateCriterion = "BRF081";
    public const string BadWeight = "BRF082";
    public const string BadBenchmark = "BRF083";
    public const string BadBetter = "BRF084";
    public const string ReservedCriterion = "BRF085";
    public const string UnknownCriteriaKey = "BRF086";
    public const string UnknownRecommendation = "BRF090";
    public const string UnknownMemoOption = "BRF091";
    public const string RecommendationNotConsidered = "BRF092";
    public const string ShortDecisionWindow = "BRF093";
    public const string LongBluf = "BRF094";
    public const string MemoOverPages = "BRF095";
    public const string DissentWithoutNote = "BRF096";
}
