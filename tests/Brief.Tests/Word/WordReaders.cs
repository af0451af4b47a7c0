using System.Diagnostics;

namespace Brief.Tests.Word;

/// <summary>
/// Real readers of Word files: LibreOffice (soffice --headless, with a throwaway profile) converting to PDF, and
/// python-docx (installed for the system Python, /usr/bin/python3) reading the structure.
/// </summary>
public static class WordReaders
{
    public const string Python = "/usr/bin/python3";

    private const string ReadScript = """
        import json, sys
        import docx
        d = docx.Document(sys.argv[1])
        print(json.dumps({
            "headings": [[p.style.name, p.text] for p in d.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"],
            "tables": [[c.text for c in t.rows[0].cells] for t in d.tables],
            "headers": ["\n".join(p.text for p in s.header.paragraphs) for s in d.sections],
            "footers": ["\n".join(p.text for p in s.footer.paragraphs) for s in d.sections],
        }))
        """;

    /// <summary>Converts a .docx to PDF with LibreOffice; returns the PDF's path.</summary>
    public static string ToPdf(string docx, string folder)
    {
        var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
        Run("soffice", $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder, docx);
        var pdf = Path.Combine(folder, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        Assert.True(File.Exists(pdf), $"soffice wrote no PDF for {docx}");
        return pdf;
    }

    /// <summary>What python-docx reads: headings with their style names, each table's first row, each section's header and footer.</summary>
    public static System.Text.Json.JsonDocument Read(string docx, string folder)
    {
        var script = Path.Combine(folder, "read_docx.py");
        File.WriteAllText(script, ReadScript);
        return System.Text.Json.JsonDocument.Parse(Run(Python, script, docx));
    }

    private static string Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"{program} did not finish in 3 minutes");
        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {error.Result}");
        return output;
    }
}
