using System.Diagnostics;

namespace Brief.Tests.Support;

/// <summary>
/// brief as it is published: <c>dotnet publish src/Brief.Cli -c Release</c>, compiled ahead of time into one native
/// program. Published once per test class into a temporary folder, with its own build artifacts, so the
/// repository's obj/ and bin/ folders are not touched.
/// </summary>
public sealed class NativeBrief : IDisposable
{
    private readonly TempFolder _folder = new();

    public NativeBrief()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", Path.Combine("src", "Brief.Cli"), "-c", "Release", "--nologo",
                     "-o", _folder.Combine("bin"), "--artifacts-path", _folder.Combine("artifacts") })
        {
            info.ArgumentList.Add(arg);
        }
        // The test host runs under `dotnet test`, whose MSBuild settings must not leak into this separate build.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish did not finish in 15 minutes");
        }
        Program = _folder.Combine("bin", "brief");
        if (process.ExitCode != 0 || !File.Exists(Program))
        {
            var lines = (output.Result + error.Result).Split('\n').TakeLast(30);
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{string.Join('\n', lines)}");
        }
    }

    /// <summary>The published executable.</summary>
    public string Program { get; }

    /// <summary>Where the native compiler's toolchain is missing: how to install it (null when it is there).</summary>
    public static string? MissingToolchain =>
        Poppler.Find("clang") is null ? "clang not found (apt-get install clang zlib1g-dev): native build tests skipped" : null;

    public void Dispose() => _folder.Dispose();
}

/// <summary>
/// A test of the published native brief. Outside CI, a machine without clang skips it with the reason shown; in CI
/// (CI=true) it always runs, so a missing install fails loudly.
/// </summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = NativeBrief.MissingToolchain;
        }
    }
}
