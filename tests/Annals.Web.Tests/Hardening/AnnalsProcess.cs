using System.Diagnostics;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// Runs the real command line (<c>dotnet annals.dll ...</c>) as a child process, with its own environment
/// (time zone, culture), so that tests can kill it or compare builds made under different settings.
/// The CLI is built with this test project (a build-only project reference) in the same configuration.
/// </summary>
internal static class AnnalsProcess
{
    public static string CliPath { get; } = FindCli();

    /// <summary>Starts <c>annals</c> in <paramref name="workingDirectory"/>; output is captured, not shown.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliPath);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs to the end (at most <paramref name="timeout"/>) and returns the exit code.</summary>
    public static async Task<int> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
    {
        using Process process = Start(workingDirectory, environment, arguments);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"annals {string.Join(' ', arguments)} did not finish in {timeout}");
        }

        return process.ExitCode;
    }

    private static string FindCli()
    {
        // The tests run from tests/Annals.Web.Tests/bin/CONFIGURATION/TFM/; the CLI is built to src/Annals.Cli/bin/CONFIGURATION/TFM/.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = testOutput.Name;
        string configuration = testOutput.Parent!.Name;
        string cli = Path.Combine(RepositoryRoot.Path, "src", "Annals.Cli", "bin", configuration, framework, "annals.dll");
        return File.Exists(cli) ? cli : throw new FileNotFoundException("Build the solution first: the CLI is not at " + cli, cli);
    }
}
