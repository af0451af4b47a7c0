using Brief.Print;

namespace Brief.Tests.Support;

/// <summary>The pinned npm tools of package.json (npm ci installs them; .ci/run does).</summary>
public static class BrowserTools
{
    public static string Folder => Path.Combine(Repo.Root, "node_modules");

    public static string AxeScript => Path.Combine(Folder, "axe-core", "axe.min.js");
}

/// <summary>
/// A test in the system Chromium with the pinned npm tools. Outside CI, a machine without them skips it with the
/// reason; in CI (CI=true) it always runs, so a missing install fails loudly.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            return;
        }
        if (ChromiumLocator.Find() is null)
        {
            Skip = $"Chromium not found ({ChromiumLocator.InstallHint}); browser tests skipped";
        }
        else if (!File.Exists(BrowserTools.AxeScript))
        {
            Skip = "the npm tools are missing (npm ci); browser tests skipped";
        }
    }
}

/// <summary>
/// A test that runs a theme script in Node. Outside CI, a machine without node on PATH skips it with the reason; in
/// CI (CI=true) it always runs, so a missing install fails loudly.
/// </summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") != "true" && Poppler.Find("node") is null)
        {
            Skip = "node not found on PATH (apt-get install nodejs); the stem.js comparison is skipped";
        }
    }
}
