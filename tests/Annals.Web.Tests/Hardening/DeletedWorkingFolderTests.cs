using System.Diagnostics;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// A terminal can stay in a folder that was deleted (a branch switched, a site folder removed and made again): annals
/// then says so in plain words instead of stopping with a stack trace.
/// </summary>
public sealed class DeletedWorkingFolderTests
{
    [Fact]
    public async Task Annals_started_in_a_deleted_folder_says_to_go_to_the_site_folder_again()
    {
        string gone = Path.Combine(Path.GetTempPath(), "annals-gone-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(gone);

        // The shell enters the folder, deletes it, then starts annals from where it stands.
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("cd \"$1\" && rmdir \"$1\" && exec dotnet \"$2\" build");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(gone);
        start.ArgumentList.Add(AnnalsProcess.CliPath);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.False(Directory.Exists(gone));
        Assert.Equal(2, process.ExitCode);
        string said = await error;
        Assert.Contains("no longer exists", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", said + await output, StringComparison.Ordinal);
    }
}
