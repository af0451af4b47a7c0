using Brief.Core.Diagnostics;

namespace Brief.Content.Criteria;

/// <summary>The criteria of a briefing without criteria.yml: built-in-criteria.yml, embedded, read by <see cref="CriteriaReader"/>.</summary>
public static class BuiltInCriteria
{
    public const string ResourceName = "Brief.Content.Criteria.built-in-criteria.yml";

    public static CriteriaDeclaration Declaration { get; } = Load();

    public static string Text()
    {
        using var stream = typeof(BuiltInCriteria).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static CriteriaDeclaration Load()
    {
        var diagnostics = new DiagnosticBag();
        var declaration = CriteriaReader.Read(Text(), "built-in-criteria.yml", diagnostics);
        return declaration is not null && !diagnostics.Sorted().Any()
            ? declaration
            : throw new InvalidOperationException("The built-in criteria do not read: " + string.Join("; ", diagnostics.Sorted()));
    }
}
