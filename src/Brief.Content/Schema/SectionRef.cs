namespace Brief.Content.Schema;

/// <summary>One item of a brief manifest's sections: <c>matrix</c>, or <c>{option: ID}</c> as Kind "option" with an Id.</summary>
public sealed record SectionRef(string Kind, string? Id = null)
{
    public static readonly IReadOnlyList<string> Plain = ["bluf", "contents", "explainers", "options", "matrix", "timeline", "glossary", "sources"];
    public static readonly IReadOnlyList<string> Single = ["explainer", "option"];
}
