namespace Annals.Cli.Tests;

public sealed class BuildCommandTests
{
    [Fact]
    public async Task A_good_site_builds_with_exit_code_0_and_a_summary()
    {
        using var site = new CliSite();
        site.Write("input/posts/a.md", "---\ntitle: Hello\ndate: 2024-05-01\n---\nText.\n");

        var (exitCode, output, error) = await site.RunAsync("build", "--input", "@input", "--theme", "@theme", "--output", "@output");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Matches(@"^Built \d+ pages \(\d+ files in all\) in \d+\.\d\d s; 0 errors, 0 warnings\.", output);
        Assert.True(File.Exists(Path.Combine(site.Root, "output", "news", "2024", "hello", "index.html")));
    }

    [Fact]
    public async Task Content_errors_exit_with_1_and_print_every_problem_on_stderr()
    {
        using var site = new CliSite();
        site.Write("input/posts/a.md", "---\ndate: 2024-05-01\n---\nNo title.\n");
        site.Write("input/posts/b.md", "---\ntitle: Bad date\ndate: tomorrow\n---\nText.\n");

        var (exitCode, _, error) = await site.RunAsync("build", "--input", "@input", "--theme", "@theme", "--output", "@output");

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("a.md:1", StringComparison.Ordinal) && l.Contains("error", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("b.md:3", StringComparison.Ordinal) && l.Contains("error", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Build failed", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }

    [Fact]
    public async Task Strict_turns_a_warning_into_a_failure()
    {
        using var site = new CliSite();
        site.Write("input/posts/a.md", "---\ntitle: Hello\ndate: 2024-05-01\ntittle: typo\n---\nText.\n");

        var (relaxed, _, _) = await site.RunAsync("build", "--input", "@input", "--theme", "@theme", "--output", "@output");
        var (strict, _, error) = await site.RunAsync("build", "--strict", "--input", "@input", "--theme", "@theme", "--output", "@output2");

        Assert.Equal(ExitCodes.Success, relaxed);
        Assert.Equal(ExitCodes.ContentErrors, strict);
        Assert.Contains("warning", error, StringComparison.Ordinal);
        Assert.Contains("--strict", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build --no-such-option")]
    [InlineData("publish")]
    public async Task Bad_usage_exits_with_2(string commandLine)
    {
        using var site = new CliSite();

        var (exitCode, _, error) = await site.RunAsync(commandLine.Split(' '));

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("annals", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_folder_is_bad_usage_with_a_hint()
    {
        using var site = new CliSite();

        var (exitCode, _, error) = await site.RunAsync("build", "--input", "@nowhere", "--theme", "@theme");

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_reports_like_build_and_writes_nothing()
    {
        using var site = new CliSite();
        site.Write("input/posts/a.md", "---\ntitle: Hello\ndate: 2024-05-01\n---\nSee [x](/news/2020/nothing/).\n");

        var (failed, _, error) = await site.RunAsync("check", "--input", "@input", "--theme", "@theme");
        site.Write("input/posts/a.md", "---\ntitle: Hello\ndate: 2024-05-01\n---\nFine.\n");
        var (passed, output, _) = await site.RunAsync("check", "--input", "@input", "--theme", "@theme");

        Assert.Equal(ExitCodes.ContentErrors, failed);
        Assert.Contains("a.md:5:5: error AN0901", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, passed);
        Assert.Contains("nothing was written", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root, "*output*"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("example.org")]
    [InlineData("https://example.org/?x=1")]
    public async Task A_base_url_that_is_not_a_site_address_is_bad_usage(string baseUrl)
    {
        using var site = new CliSite();

        var (exitCode, _, error) = await site.RunAsync("build", "--input", "@input", "--theme", "@theme", "--output", "@output", "--base-url", baseUrl);

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("--base-url", error, StringComparison.Ordinal);
    }
}
