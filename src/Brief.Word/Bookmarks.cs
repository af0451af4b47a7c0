using System.Security.Cryptography;
using System.Text;

namespace Brief.Word;

/// <summary>
/// Bookmark names for the page's ids: Word takes letters, digits and underscores, at most 40 characters, starting
/// with a letter; an id that does not fit keeps its start and gets a short hash of the whole, so names stay unique.
/// </summary>
internal static class Bookmarks
{
    public static string Name(string id)
    {
        var clean = new string([.. id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        var name = "b_" + clean;
        if (name.Length <= 40 && clean == id.Replace('-', '_'))
        {
            return name;
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8];
        return name[..Math.Min(name.Length, 31)] + "_" + hash;
    }
}
