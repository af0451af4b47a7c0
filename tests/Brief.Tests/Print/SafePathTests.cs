using Brief.Print;
using Brief.Tests.Support;

namespace Brief.Tests.Print;

/// <summary>
/// The one path policy of the print server and brief serve's preview: a request path names a file inside the
/// served folder, or nothing.
/// </summary>
public sealed class SafePathTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _site;

    public SafePathTests()
    {
        _site = _folder.Combine("site");
        Directory.CreateDirectory(Path.Combine(_site, "explainers", "basics"));
        File.WriteAllText(Path.Combine(_site, "index.html"), "home");
        File.WriteAllText(Path.Combine(_site, "explainers", "basics", "index.html"), "basics");
        File.WriteAllText(Path.Combine(_site, "my page.html"), "spaced");
        File.WriteAllText(_folder.Combine("secret.txt"), "TOP SECRET");
        Directory.CreateDirectory(_folder.Combine("outside"));
        File.WriteAllText(_folder.Combine("outside", "index.html"), "TOP SECRET");
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/explainers/basics/", "explainers/basics/index.html")]
    [InlineData("/explainers/basics", "explainers/basics/index.html")]
    [InlineData("//explainers//basics/index.html", "explainers/basics/index.html")]
    [InlineData("/my%20page.html", "my page.html")]
    public void A_path_names_its_file_and_a_folder_its_index_html(string urlPath, string file) =>
        Assert.Equal(Path.Combine(_site, file), SafePath.Resolve(_site, urlPath));

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/explainers/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/./index.html")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("/index.html%00.css")]
    [InlineData("/c:/secret.txt")]
    [InlineData("secret.txt")]
    [InlineData("/%")]
    public void Traversal_NUL_and_malformed_paths_name_nothing(string urlPath) => Assert.Null(SafePath.Resolve(_site, urlPath));

    [Theory]
    [InlineData("/missing.html")]
    [InlineData("/explainers/missing/")]
    [InlineData("/index.html/")]
    public void A_missing_file_names_nothing(string urlPath) => Assert.Null(SafePath.Resolve(_site, urlPath));

    [Fact]
    public void A_folder_without_index_html_names_nothing()
    {
        Directory.CreateDirectory(Path.Combine(_site, "empty"));
        Assert.Null(SafePath.Resolve(_site, "/empty/"));
    }

    [Fact]
    public void Symbolic_links_out_of_the_folder_name_nothing_and_links_within_it_their_target()
    {
        File.CreateSymbolicLink(Path.Combine(_site, "file-out.txt"), _folder.Combine("secret.txt"));
        File.CreateSymbolicLink(Path.Combine(_site, "relative-out.txt"), Path.Combine("..", "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_site, "folder-out"), _folder.Combine("outside"));
        Directory.CreateSymbolicLink(Path.Combine(_site, "folder-in"), Path.Combine(_site, "explainers"));
        // a link inside the folder whose target climbs out through another link
        Directory.CreateSymbolicLink(Path.Combine(_site, "explainers", "up"), _folder.Combine("outside"));
        File.CreateSymbolicLink(Path.Combine(_site, "sneaky.txt"), Path.Combine("explainers", "up", "..", "..", "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(_site, "loop"), Path.Combine(_site, "loop"));

        Assert.Null(SafePath.Resolve(_site, "/file-out.txt"));
        Assert.Null(SafePath.Resolve(_site, "/relative-out.txt"));
        Assert.Null(SafePath.Resolve(_site, "/folder-out/"));
        Assert.Null(SafePath.Resolve(_site, "/folder-out/index.html"));
        Assert.Null(SafePath.Resolve(_site, "/explainers/up/index.html"));
        Assert.Null(SafePath.Resolve(_site, "/sneaky.txt"));
        Assert.Null(SafePath.Resolve(_site, "/loop"));
        Assert.Equal(Path.Combine(_site, "folder-in", "basics", "index.html"), SafePath.Resolve(_site, "/folder-in/basics/"));
    }

    [Theory]
    [InlineData("/sub/", "index.html")]
    [InlineData("/sub/explainers/basics/", "explainers/basics/index.html")]
    public void Under_a_base_path_paths_are_read_from_it(string urlPath, string file) =>
        Assert.Equal(Path.Combine(_site, file), SafePath.Resolve(_site, urlPath, "/sub/"));

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/subway/index.html")]
    [InlineData("/sub/../sub/index.html")]
    public void Under_a_base_path_nothing_else_is_served(string urlPath) => Assert.Null(SafePath.Resolve(_site, urlPath, "/sub/"));

    public void Dispose() => _folder.Dispose();
}
