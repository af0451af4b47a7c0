using System.Text;

namespace Brief.Print;

/// <summary>
/// Marks as artifacts what a page's content stream paints outside any marked-content sequence. Chromium tags the
/// document's own boxes but leaves the CSS page-margin boxes (the marking at top and bottom, the running header,
/// "Page N of M") untagged; PDF/UA needs every mark on the page to be either in the structure tree or an artifact.
/// Each run of untagged painting is wrapped in <c>/Artifact &lt;&lt;/Type /Pagination&gt;&gt; BDC … EMC</c>, starting
/// at its text object (never inside one, unless a tagged sequence came first in the same text object: then it starts at
/// the painting operation and ends before the text object does) and ending before the next tagged sequence or the end of
/// the stream.
/// </summary>
internal static class ContentArtifacts
{
    private const string Open = "/Artifact <</Type /Pagination>> BDC\n";
    private const string Close = "\nEMC\n";

    private static readonly HashSet<string> Painting =
        ["Tj", "TJ", "'", "\"", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh", "BI"];

    public static string Mark(string content)
    {
        var result = new StringBuilder(content.Length + 256);
        var copied = 0;
        var depth = 0;
        var textStart = -1;
        var open = false;
        var openInText = false; // opened inside a text object after a tagged sequence in it: it closes before the object ends
        foreach (var (op, start, _) in ContentOperators.Read(content))
        {
            switch (op)
            {
                case "BDC" or "BMC":
                    if (depth == 0 && open)
                    {
                        result.Append(content, copied, start - copied).Append(Close);
                        copied = start;
                        open = false;
                    }
                    depth++;
                    break;
                case "EMC":
                    depth = Math.Max(0, depth - 1);
                    break;
                case "BT":
                    textStart = start;
                    break;
                case "ET":
                    if (open && openInText)
                    {
                        result.Append(content, copied, start - copied).Append(Close);
                        copied = start;
                        open = false;
                    }
                    textStart = -1;
                    break;
                default:
                    if (depth == 0 && !open && Painting.Contains(op))
                    {
                        // at its text object's start, unless a tagged sequence in that object came before: then at the operation
                        openInText = textStart >= 0 && textStart < copied;
                        var at = textStart >= copied ? textStart : start;
                        result.Append(content, copied, at - copied).Append(Open);
                        copied = at;
                        open = true;
                    }
                    break;
            }
        }
        result.Append(content, copied, content.Length - copied);
        return open ? result.Append(Close).ToString() : result.ToString();
    }
}
