namespace Brief.Site.Model;

/// <summary>The words readers see for the option cards' checked values.</summary>
public static class Labels
{
    public static string Of(string field, string value) => (field, value) switch
    {
        (_, "") => "Not set",
        ("congress", "none") => "None",
        ("congress", "notify") => "Notify",
        ("congress", "authorize") => "Authorize",
        ("host_nation_consent", "not-required") => "Not required",
        ("duration", "one-off") => "One-off",
        _ => char.ToUpperInvariant(value[0]) + value[1..],
    };

    public static readonly IReadOnlyList<(string Field, string Title)> MatrixColumns =
    [
        ("congress", "Congress"),
        ("host_nation_consent", "Host-nation consent"),
        ("risk.forces", "Risk to forces"),
        ("risk.escalation", "Escalation risk"),
        ("risk.diplomatic", "Diplomatic risk"),
        ("intelligence_yield", "Intelligence yield"),
        ("duration", "Duration"),
    ];
}
