using System.Runtime.InteropServices;
using Brief.Core.Diagnostics;

namespace Brief.Site;

/// <summary>
/// The output folder's safety rules. A build replaces the whole folder, so brief writes only into a folder that is
/// missing, empty, or marked by an earlier build (<see cref="MarkerName"/>), and never into one that holds, or is
/// held by, the input, the theme or the folder brief runs in: <c>--output .</c>, <c>--output input</c>,
/// <c>--output ~</c> and <c>--output /</c> are refused before anything is touched. A full build writes the new site
/// beside the output and swaps it in atomically, so a build killed at any moment leaves the previous site whole. An
/// update (a build with the cache records of the output, <see cref="BuildMode.Update"/>) writes only what changed
/// beside the output and moves it in file by file: not one atomic step. A reader may see new and old pages together
/// for the few milliseconds of the moves, and a build killed during them leaves the output mixed until the next
/// build finishes the publish from its journal (<see cref="Recover"/>, <see cref="OutputUpdate"/>); killed before
/// publishing, it leaves the previous site whole, as a full build does.
/// </summary>
public static partial class OutputFolder
{
    public const string MarkerName = ".brief-output";

    private const string MarkerText = "This folder is written by brief: 'brief build' replaces everything in it.\n";

    /// <summary>Reports why brief may not write to the options' output folder; false when it may not.</summary>
    public static bool Check(BuildOptions options, DiagnosticBag diagnostics)
    {
        var output = Full(options.OutputRoot);
        var shown = DiagnosticPath.For(output, options);
        string? refusal = null;
        if (output == Full("/") || output == Full(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)))
        {
            refusal = "is the file system root or your home folder";
        }
        else if (Contains(output, Full(options.WorkingDirectory)))
        {
            refusal = "holds the folder brief runs in";
        }
        else if (Contains(output, Full(options.InputRoot)) || Contains(Full(options.InputRoot), output))
        {
            refusal = output == Full(options.InputRoot) ? "is the input folder" : "overlaps the input folder";
        }
        else if (Contains(output, Full(options.ThemeRoot)) || Contains(Full(options.ThemeRoot), output))
        {
            refusal = "overlaps the theme folder";
        }
        else if (Directory.Exists(output) && !File.Exists(Path.Combine(output, MarkerName)) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            refusal = $"holds files brief did not write (it has no {MarkerName} file)";
        }
        else if (File.Exists(output))
        {
            refusal = "is a file";
        }
        if (refusal is null)
        {
            return true;
        }
        diagnostics.Error(Codes.UnsafeOutput, $"brief will not write its output to '{shown}': it {refusal}, and a build replaces the whole folder",
            shown, 0, 0, "choose a new folder, e.g. --output site; if it is an earlier brief output, delete it once and build again");
        return false;
    }

    /// <summary>Marks a folder as brief's output.</summary>
    public static void Mark(string folder) => File.WriteAllText(Path.Combine(folder, MarkerName), MarkerText);

    /// <summary>
    /// Puts the staged site in the output's place. Where the system can (Linux), the two folders are exchanged in
    /// one step, so no moment exists without a whole site; elsewhere the old folder is moved aside first, and
    /// <see cref="Recover"/> puts it back if the process dies between the two moves.
    /// </summary>
    public static void Replace(string staging, string output)
    {
        Directory.CreateDirectory(staging);
        Mark(staging);
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        if (OperatingSystem.IsLinux() && Exchange(staging, output))
        {
            Directory.Delete(staging, recursive: true); // now the previous site
            return;
        }
        var previous = $"{output}.previous-{Guid.NewGuid():N}";
        Directory.Move(output, previous);
        Directory.Move(staging, output);
        Directory.Delete(previous, recursive: true);
    }

    /// <summary>
    /// Tidies what a killed build left beside the output: half-written staging folders are removed, a previous
    /// site moved aside is put back when the output is missing, and an update whose publish had begun (it has a
    /// journal) is finished (<see cref="OutputUpdate.RollForward"/>); one killed before that is removed.
    /// </summary>
    public static void Recover(string output)
    {
        var parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }
        var name = Path.GetFileName(output);
        foreach (var folder in Directory.EnumerateDirectories(parent, name + ".*").Order(StringComparer.Ordinal))
        {
            var suffix = Path.GetFileName(folder)[name.Length..];
            if (LeftOver().Match(suffix) is not { Success: true } match)
            {
                continue;
            }
            if (match.Groups[1].Value == "previous" && !Directory.Exists(output))
            {
                Directory.Move(folder, output);
            }
            else if (match.Groups[1].Value == "update" && OutputUpdate.HasJournal(folder))
            {
                OutputUpdate.RollForward(folder, output);
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool Contains(string folder, string path) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar,
            StringComparison.Ordinal);

    private static bool Exchange(string a, string b)
    {
        try
        {
            return RenameAt2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange) == 0;
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // an older C library: the two-move fallback
        }
    }

    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);

    [System.Text.RegularExpressions.GeneratedRegex("^\\.(building|previous|update)-[0-9a-f]{32}$")]
    private static partial System.Text.RegularExpressions.Regex LeftOver();
}
