using AngleSharp.Html.Parser;

namespace Brief.Tests.Support;

/// <summary>
/// What every built page must be, whatever its content: HTML that parses without a structural error, with no script
/// but the theme's own files, no event-handler attribute, and no javascript:, vbscript: or data: URL (data: only in images).
/// </summary>
public static class SafeOutput
{
    public static void Assert(string outputFolder)
    {
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*.html", SearchOption.AllDirectories))
        {
            AssertPage(File.ReadAllText(file), Path.GetRelativePath(outputFolder, file));
        }
    }

    public static void AssertPage(string html, string name)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
            errors.Add($"{((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message} at {((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Position}");
        var page = parser.ParseDocument(html);
        Xunit.Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Distinct())}");
        foreach (var element in page.All)
        {
            Xunit.Assert.False(element.LocalName == "script" && !element.HasAttribute("src"), $"{name}: an inline script");
            foreach (var attribute in element.Attributes)
            {
                Xunit.Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                    $"{name}: attribute {attribute.Name} on <{element.LocalName}>");
                var value = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
                Xunit.Assert.False(value.StartsWith("javascript:", StringComparison.Ordinal)
                    || value.StartsWith("vbscript:", StringComparison.Ordinal)
                    || (value.StartsWith("data:", StringComparison.Ordinal) && attribute.Name != "src"),
                        $"{name}: {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
            }
        }
    }
}
