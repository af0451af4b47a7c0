namespace Brief.Tests.Support;

/// <summary>Paths in the repository under test.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");
    public static string Input => Path.Combine(Root, "input");
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Brief.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Brief.sln not found above the test folder.");
    }
}
