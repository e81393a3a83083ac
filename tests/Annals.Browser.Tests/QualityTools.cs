using System.Diagnostics;
using System.Text;

namespace Annals.Browser.Tests;

/// <summary>
/// The checkers of <c>tests/quality/</c> (the Nu HTML Checker, Lighthouse, linkinator), installed from its
/// package-lock.json by <c>npm ci</c>, and the programs that run them (Java, Node.js). A test calls
/// <see cref="Prerequisites.Require"/> with <see cref="Missing"/>: skipped here without them, failed in CI.
/// </summary>
internal static class QualityTools
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "tests", "quality");

    public static string VnuJar { get; } = Path.Combine(Folder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string LinkinatorCli { get; } = Path.Combine(Folder, "node_modules", "linkinator", "build", "src", "cli.js");

    public static string LighthouseScript { get; } = Path.Combine(Folder, "lighthouse.mjs");

    /// <summary>Why <paramref name="program"/> and <paramref name="file"/> cannot be used here, or null when they can.</summary>
    public static string? Missing(string program, string file)
    {
        if (FindOnPath(program) is null)
        {
            return program == "java"
                ? "java is missing: install a Java runtime (apt-get install -y --no-install-recommends default-jre-headless)"
                : $"{program} is missing from PATH";
        }

        return File.Exists(file) ? null : $"{file} is missing: run `npm ci --ignore-scripts` in tests/quality";
    }

    /// <summary>Runs a program to its end and returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await errors);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
