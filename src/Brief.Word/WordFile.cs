using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;

namespace Brief.Word;

/// <summary>Converts one rendered printable page (a brief's HTML, the page its PDF is printed from) to a .docx.</summary>
public static class WordFile
{
    public static byte[] Convert(string html, WordSettings settings)
    {
        var page = new HtmlParser().ParseDocument(html);
        var source = PageSource.Read(page);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var parts = WordPackage.Create(document, source, settings);
            var writer = new DocumentWriter(parts, source, new LinkTargets(source.Ids, settings));
            writer.Write();
        }
        return DeterministicZip.Normalize(buffer.ToArray());
    }

    public static void Write(string htmlPath, string docxPath, WordSettings settings)
    {
        var bytes = Convert(File.ReadAllText(htmlPath), settings);
        Directory.CreateDirectory(Path.GetDirectoryName(docxPath)!);
        File.WriteAllBytes(docxPath, bytes);
    }
}
