using System.Diagnostics;

namespace Brief.Tests.Support;

/// <summary>
/// Runs the real `brief` command in a working folder and captures what it prints: the built brief.dll on the JIT,
/// or (<see cref="StartProgram"/>) another build of it, such as the native one <see cref="NativeBrief"/> publishes.
/// </summary>
public static class BriefProcess
{
    public sealed record Run(int ExitCode, string Out, string Err);

    public static Run Start(string workingDirectory, params string[] args) => Start(workingDirectory, new Dictionary<string, string>(), args);

    public static Run Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Wait(Launch(workingDirectory, environment, args));

    /// <summary>Runs the executable <paramref name="program"/> (a published brief) with <paramref name="args"/>.</summary>
    public static Run StartProgram(string program, string workingDirectory, params string[] args) =>
        Wait(Process.Start(Info(program, workingDirectory, new Dictionary<string, string>(), args))!);

    private static Run Wait(Process started)
    {
        using var process = started;
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
    public static Process Launch(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Process.Start(Info("dotnet", workingDirectory, environment, [Path.Combine(AppContext.BaseDirectory, "brief.dll"), .. args]))!;

    private static ProcessStartInfo Info(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return info;
    }
}
