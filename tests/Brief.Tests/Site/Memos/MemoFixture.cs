using Brief.Tests.Support;

namespace Brief.Tests.Site.Memos;

/// <summary>A decision memo on the minimal fixture site, which has one option card (raid); tests replace lines of it.</summary>
internal static class MemoFixture
{
    public const string Path = "memos/raid-decision.md";

    /// <summary>Line numbers of the memo file below, for asserting positions.</summary>
    public const int RecommendationLine = 7, OptionsLine = 8, DecisionByLine = 6, FirstClearanceLine = 10, BlufLine = 19;

    public const string Text = """
        ---
        title: Decision on the raid
        to: The National Security Advisor
        from: Briefing staff
        date: 2025-02-03
        decision_by: 2025-02-14
        recommendation: raid
        options: [raid]
        clearance:
          - office: Legal adviser
            position: concur
            note: No new authority needed.
          - office: Department of State
            position: nonconcur
            note: Mexico would object to a raid.
          - office: Department of Defense
            position: pending
        ---
        ## Bottom line up front

        Approve the raid. It is the staff's recommendation.

        ## Discussion

        The raid has high yield [@analyst].
        """;

    public static FixtureSite Site(Func<string, string>? edit = null)
    {
        var site = FixtureSite.Minimal();
        site.Write(Path, edit is null ? Text : edit(Text));
        return site;
    }
}
