using Brief.Print;

namespace Brief.Tests.Support;

/// <summary>
/// A test that prints with the system Chromium and reads PDFs with poppler. Outside CI, a machine without them
/// skips it with the reason shown; in CI (CI=true) it always runs, so a missing install fails loudly.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            return;
        }
        if (ChromiumLocator.Find() is null)
        {
            Skip = $"Chromium not found ({ChromiumLocator.InstallHint}); PDF tests skipped";
        }
        else if (Poppler.Find("pdftotext") is null)
        {
            Skip = "pdftotext not found (apt-get install poppler-utils); PDF tests skipped";
        }
    }
}
