using Brief.Content.Loading;
using Brief.Core.Diagnostics;

namespace Brief.Content.Criteria;

/// <summary>A briefing's criteria: input/criteria.yml when there is one, else the built-in declaration.</summary>
public static class CriteriaFile
{
    public const string Name = "criteria.yml";

    /// <param name="file">The path diagnostics name.</param>
    public static CriteriaDeclaration Load(string inputRoot, string file, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputRoot, Name);
        if (!File.Exists(path))
        {
            return BuiltInCriteria.Declaration;
        }
        var text = SourceText.Read(path, file, diagnostics);
        return text is null ? BuiltInCriteria.Declaration : CriteriaReader.Read(text, file, diagnostics) ?? BuiltInCriteria.Declaration;
    }
}
