using System.Diagnostics;

namespace Brief.Tests.Support;

/// <summary>Runs the real `brief` command (the built brief.dll) in a working folder and captures what it prints.</summary>
public static class BriefProcess
{
    public sealed record Run(int ExitCode, string Out, string Err);

    public static Run Start(string workingDirectory, params string[] args) => Start(workingDirectory, new Dictionary<string, string>(), args);

    public static Run Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Launch(workingDirectory, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("brief did not finish in two minutes");
        }
        return new Run(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts brief and returns at once, with its output redirected (for tests that stop it part-way).</summary>
    public static Process Launch(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "brief.dll"));
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return Process.Start(info)!;
    }
}
