using System.Globalization;
using System.Xml;

namespace Brief.Word;

/// <summary>docProps/core.xml: title, subject (the banner), creator, and a fixed created/modified date.</summary>
internal static class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Terms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(Stream stream, string title, string banner, DateTime stamp)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, Terms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, title);
        xml.WriteElementString("dc", "subject", Dc, banner);
        xml.WriteElementString("dc", "creator", Dc, "brief");
        var date = stamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, Terms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(date);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
