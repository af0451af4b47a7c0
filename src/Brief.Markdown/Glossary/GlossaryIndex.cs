namespace Brief.Markdown.Glossary;

/// <summary>Every linkable term of a site: the matcher that finds them and what each one shows.</summary>
public sealed class GlossaryIndex(TermMatcher matcher, IReadOnlyDictionary<string, TermInfo> terms)
{
    public static readonly GlossaryIndex Empty = new(new TermMatcher([]), new Dictionary<string, TermInfo>());

    public TermMatcher Matcher { get; } = matcher;
    public IReadOnlyDictionary<string, TermInfo> Terms { get; } = terms;
}
