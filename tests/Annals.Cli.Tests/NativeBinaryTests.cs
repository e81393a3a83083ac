using System.Diagnostics;

namespace Annals.Cli.Tests;

/// <summary>
/// The native binary (<c>dotnet publish src/Annals.Cli -c Release -r linux-x64 -p:PublishAot=true</c>) is the same
/// program as the managed one: the trimmer keeps what the theme reads by reflection, the packages' reflection-based
/// parts are not needed, and the JSON and YAML written without reflection are the same. .ci/run publishes it and
/// names it in ANNALS_NATIVE_BINARY; without it the tests are skipped here and fail in CI.
/// </summary>
public sealed class NativeBinaryTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "annals-native-" + Guid.NewGuid().ToString("N"));
    private readonly string _repository = CliSite.FindRepository();

    [Fact]
    public async Task The_sample_site_comes_out_byte_for_byte_as_the_managed_build_makes_it()
    {
        string native = NativeBinary();
        string[] common = ["build", "--input", Path.Combine(_repository, "input"), "--theme", Path.Combine(_repository, "theme")];

        (int nativeExit, string nativeOutput, string nativeError) = await RunAsync(native, [.. common, "--output", Path.Combine(_work, "native"), "--cache", Path.Combine(_work, "native-cache")]);
        using var managedOut = new StringWriter();
        using var managedErr = new StringWriter();
        var environment = new CliEnvironment(TextWriter.Synchronized(managedOut), TextWriter.Synchronized(managedErr), TimeProvider.System, Interactive: false);
        int managedExit = await AnnalsCommandLine.RunAsync([.. common, "--output", Path.Combine(_work, "managed"), "--cache", Path.Combine(_work, "managed-cache")], environment, TestContext.Current.CancellationToken);

        Assert.True(nativeExit == 0, $"native build failed ({nativeExit}):\n{nativeOutput}\n{nativeError}");
        Assert.Equal(0, managedExit);
        string[] nativeFiles = Files(Path.Combine(_work, "native"));
        Assert.Equal(Files(Path.Combine(_work, "managed")), nativeFiles);
        Assert.Contains("admin/config.yml", nativeFiles);
        Assert.Contains(nativeFiles, f => f.EndsWith(".ics", StringComparison.Ordinal));
        Assert.Contains(nativeFiles, f => f.EndsWith(".webp", StringComparison.Ordinal));
        foreach (string file in nativeFiles)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(_work, "native", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_work, "managed", file))),
                $"{file} differs between the native and the managed build");
        }
    }

    [Fact]
    public async Task A_second_native_build_finds_nothing_changed()
    {
        string native = NativeBinary();
        string[] build = ["build", "--input", Path.Combine(_repository, "input"), "--theme", Path.Combine(_repository, "theme"), "--output", Path.Combine(_work, "out"), "--cache", Path.Combine(_work, "cache")];

        (int first, _, string firstError) = await RunAsync(native, build);
        (int second, string output, _) = await RunAsync(native, build);

        Assert.True(first == 0, firstError);
        Assert.Equal(0, second);
        Assert.Contains("Nothing changed since the last build", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_content_is_reported_at_its_line_with_a_failing_exit_code()
    {
        string native = NativeBinary();
        using var site = new CliSite();
        site.Write("input/posts/2024/broken.md", "---\ntitle: Broken\ndate: 2024-02-30\ntype: report\n---\nText.\n");

        (int exitCode, _, string error) = await RunAsync(native, ["check", "--input", Path.Combine(site.Root, "input"), "--theme", Path.Combine(site.Root, "theme")]);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"broken\.md:3(:\d+)?: error", error);
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static string NativeBinary()
    {
        string? path = Environment.GetEnvironmentVariable("ANNALS_NATIVE_BINARY");
        string? reason = path is null
            ? "ANNALS_NATIVE_BINARY is not set (publish with `dotnet publish src/Annals.Cli -c Release -r linux-x64 -p:PublishAot=true -o DIR`, which needs clang, and set it to DIR/annals)"
            : File.Exists(path) ? null : $"ANNALS_NATIVE_BINARY names {path}, which does not exist";
        Prerequisites.Require(reason);
        return path!;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string binary, string[] arguments)
    {
        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{binary} did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    private static string[] Files(string root) =>
    [
        .. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal),
    ];
}
