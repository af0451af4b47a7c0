using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>docs/hosting.md's nginx block sends exactly the headers a build's _headers declares.</summary>
public class HostingDocsTests
{
    [Fact]
    public void The_documented_nginx_block_sends_every_header_of_headers_with_its_value_and_always()
    {
        using var site = FixtureSite.Minimal();
        site.Build(baseUrl: "/cartels/").AssertClean();
        var location = NginxServer.DocumentedLocation();

        var declared = File.ReadAllLines(Path.Combine(site.Output, "_headers")).Where(line => line.StartsWith(' '))
            .Select(line => line.Trim().Split(':', 2)).ToList();
        var sent = location.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("add_header ", StringComparison.Ordinal)).ToList();

        Assert.Equal(declared.Count, sent.Count);
        Assert.All(declared, header => Assert.Contains($"add_header {header[0]} \"{header[1].Trim()}\" always;", sent));
        Assert.Contains("error_page 404 /cartels/404.html;", location, StringComparison.Ordinal);
        Assert.StartsWith("location /cartels/ {", location, StringComparison.Ordinal);
    }
}
