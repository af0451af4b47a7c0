using Brief.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Brief.Tests.Repository;

/// <summary>
/// The shape the code keeps, read from the syntax of every C# file in src/: no type over 200 lines and no method,
/// accessor or local function over 60, so each file can be read in one sitting and each step in one screen.
/// </summary>
public class TypeAndMethodSizeTests
{
    private const int MaxTypeLines = 200;
    private const int MaxMethodLines = 60;

    private static IEnumerable<(string File, SyntaxNode Root)> Sources() =>
        Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(Repo.Root, f), CSharpSyntaxTree.ParseText(File.ReadAllText(f)).GetRoot()));

    private static int Lines(SyntaxNode node)
    {
        var span = node.GetLocation().GetLineSpan();
        return span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
    }

    private static string Where(string file, SyntaxNode node) => $"{file}:{node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";

    [Fact]
    public void No_type_is_over_200_lines()
    {
        var over = Sources().SelectMany(s => s.Root.DescendantNodes().OfType<TypeDeclarationSyntax>()
            .Where(t => Lines(t) > MaxTypeLines).Select(t => $"{Where(s.File, t)} {t.Identifier}: {Lines(t)} lines")).ToList();

        Assert.True(over.Count == 0, "split these types:\n" + string.Join('\n', over));
    }

    [Fact]
    public void No_method_is_over_60_lines()
    {
        var over = Sources().SelectMany(s => s.Root.DescendantNodes()
            .Where(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax)
            .Where(m => Lines(m) > MaxMethodLines).Select(m => $"{Where(s.File, m)}: {Lines(m)} lines")).ToList();

        Assert.True(over.Count == 0, "split these methods:\n" + string.Join('\n', over));
    }

    [Fact]
    public void The_check_sees_the_sources_and_measures_them()
    {
        var types = Sources().SelectMany(s => s.Root.DescendantNodes().OfType<TypeDeclarationSyntax>()).ToList();

        Assert.Contains(types, t => t.Identifier.Text == "SitePipelines");
        Assert.True(types.Max(Lines) > 100, "the largest type should be measured in lines, not as one");
    }
}
