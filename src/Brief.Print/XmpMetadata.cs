using System.Security;

namespace Brief.Print;

/// <summary>
/// The XMP metadata packet of a printed brief: title, description and creator as in the Info dictionary, the
/// dates, and the PDF/UA-1 identifier (<c>pdfuaid:part 1</c>) that declares the file meant to conform.
/// </summary>
internal static class XmpMetadata
{
    public static string Packet(PdfInfo info, string language)
    {
        var date = info.Date is { } d ? $"{d:yyyy-MM-dd}T00:00:00Z" : null;
        var dates = date is null ? "" : $"""

               <xmp:CreateDate>{date}</xmp:CreateDate>
               <xmp:ModifyDate>{date}</xmp:ModifyDate>
            """;
        var subject = info.Subject is null ? "" : $"""

               <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{Escape(info.Subject)}</rdf:li></rdf:Alt></dc:description>
            """;
        var author = info.Author is null ? "" : $"""

               <dc:creator><rdf:Seq><rdf:li>{Escape(info.Author)}</rdf:li></rdf:Seq></dc:creator>
            """;
        return $"""
            <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about=""
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
               <dc:format>application/pdf</dc:format>
               <dc:language><rdf:Bag><rdf:li>{Escape(language)}</rdf:li></rdf:Bag></dc:language>
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{Escape(info.Title)}</rdf:li></rdf:Alt></dc:title>{subject}{author}{dates}
               <xmp:CreatorTool>brief</xmp:CreatorTool>
               <pdf:Producer>brief with Chromium</pdf:Producer>
               <pdfuaid:part>1</pdfuaid:part>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }

    private static string Escape(string value) => SecurityElement.Escape(value);
}
