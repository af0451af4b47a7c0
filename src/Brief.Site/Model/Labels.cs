using Brief.Content.Criteria;

namespace Brief.Site.Model;

/// <summary>The words readers see for the option cards' checked values.</summary>
public static class Labels
{
    /// <summary>The declared word for the value; "Not set" for a value missing or not allowed (already reported).</summary>
    public static string Of(Criterion field, string value) => value == "" ? "Not set"
        : field.Type == CriterionType.Number && field.Unit is { } unit ? $"{value} {unit}"
        : field.LabelOf(value) ?? value;
}
