using Brief.Print;

namespace Brief.Tests.Support;

/// <summary>
/// A browser test against the site as nginx serves it. Outside CI, a machine without Chromium or nginx skips it with
/// the reason; in CI (CI=true) it always runs, so a missing install fails loudly.
/// </summary>
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            return;
        }
        if (ChromiumLocator.Find() is null)
        {
            Skip = $"Chromium not found ({ChromiumLocator.InstallHint}); nginx tests skipped";
        }
        else if (NginxServer.Executable is null)
        {
            Skip = "nginx not found (apt-get install nginx); nginx tests skipped";
        }
    }
}
