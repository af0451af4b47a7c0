namespace Brief.Tests.Support;

/// <summary>
/// A test that reads Word files with real readers: LibreOffice (soffice) with poppler's pdftotext, or python-docx for
/// the system Python. Outside CI, a machine without them skips it with the reason shown; in CI (CI=true) it always
/// runs, so a missing install fails loudly.
/// </summary>
public sealed class WordReaderFactAttribute : FactAttribute
{
    public WordReaderFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            return;
        }
        if (Poppler.Find("soffice") is null || Poppler.Find("pdftotext") is null)
        {
            Skip = "soffice or pdftotext not found (apt-get install libreoffice-writer-nogui poppler-utils); Word reader tests skipped";
        }
        else if (!HasPythonDocx.Value)
        {
            Skip = "python-docx not found for /usr/bin/python3 (apt-get install python3-docx); Word reader tests skipped";
        }
    }

    private static readonly Lazy<bool> HasPythonDocx = new(() =>
    {
        if (!File.Exists("/usr/bin/python3"))
        {
            return false;
        }
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/python3", ["-c", "import docx"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    });
}
