using Brief.Tests.Support;

namespace Brief.Tests.Repository;

/// <summary>
/// The shape of the C# source that no analyzer checks: no line of src/ or tests/ is longer than
/// <c>max_line_length</c> in .editorconfig.
/// </summary>
public class CodeShapeTests
{
    private const int MaxLineLength = 150;

    [Fact]
    public void No_line_of_source_is_longer_than_the_limit()
    {
        var tooLong = (
            from file in SourceFiles()
            from line in File.ReadLines(Path.Combine(Repo.Root, file)).Select((text, index) => (Text: text, Number: index + 1))
            let length = line.Text.EnumerateRunes().Count()
            where length > MaxLineLength
            select $"{file}:{line.Number}: {length} characters").ToList();

        Assert.True(tooLong.Count == 0, $"{tooLong.Count} lines over {MaxLineLength} characters:\n{string.Join("\n", tooLong)}");
    }

    [Fact]
    public void The_check_reads_the_source_of_every_project()
    {
        var files = SourceFiles().ToList();

        Assert.Contains("src/Brief.Core/Documents/Document.cs", files);
        Assert.Contains("tests/Brief.Tests/Repository/CodeShapeTests.cs", files);
        Assert.DoesNotContain(files, f => f.Contains("/obj/", StringComparison.Ordinal) || f.Contains("/bin/", StringComparison.Ordinal));
    }

    /// <summary>The .cs files under src/ and tests/, relative to the repository with '/' separators, build output left out.</summary>
    private static IEnumerable<string> SourceFiles() =>
        from folder in new[] { "src", "tests" }
        from path in Directory.EnumerateFiles(Path.Combine(Repo.Root, folder), "*.cs", SearchOption.AllDirectories)
        let file = Path.GetRelativePath(Repo.Root, path).Replace(Path.DirectorySeparatorChar, '/')
        where !file.Split('/').Any(part => part is "bin" or "obj")
        orderby file
        select file;
}
