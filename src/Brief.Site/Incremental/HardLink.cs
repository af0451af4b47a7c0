using System.Runtime.InteropServices;

namespace Brief.Site.Incremental;

/// <summary>
/// Takes an unchanged file into the new output without copying its bytes: a hard link where the system has them
/// (both folders are siblings, so on one file system), a copy otherwise.
/// </summary>
internal static partial class HardLink
{
    public static void CreateOrCopy(string existing, string target)
    {
        if (!OperatingSystem.IsWindows() && Link(existing, target) == 0)
        {
            return;
        }
        File.Copy(existing, target, overwrite: true);
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string target);
}
