namespace Annals.Cli.Tests;

public sealed class NewCommandTests
{
    [Fact]
    public async Task New_post_writes_a_file_that_check_accepts_and_prints_its_address()
    {
        using var site = new CliSite();
        site.Write("input/events/osce-alliance-2024.md", "---\nname: 24th Alliance Conference\norganizer: OSCE\nstart: 2024-04-15\n---\n");

        var (exitCode, output, error) = await site.RunAsync("new", "post", "Report on the 25th Alliance Conference", "--date", "2025-04-18", "--event", "osce-alliance-2024", "--topics", "Human trafficking, OSCE", "--input", "@input");
        var (checkCode, _, checkError) = await site.RunAsync("check", "--input", "@input", "--theme", "@theme");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("2025-04-18-report-on-the-25th-alliance-conference.md", output, StringComparison.Ordinal);
        Assert.Contains("/news/2025/report-on-the-25th-alliance-conference/", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, "input/posts/2025/2025-04-18-report-on-the-25th-alliance-conference.md")));
        Assert.Equal(ExitCodes.Success, checkCode);
        Assert.Equal(string.Empty, checkError);
    }

    [Fact]
    public async Task New_post_uses_today_from_the_clock()
    {
        using var site = new CliSite();
        var clock = new FixedClock(new DateTimeOffset(2026, 2, 3, 10, 0, 0, TimeSpan.Zero));

        var (exitCode, output, _) = await site.RunAsync(clock, "new", "post", "Hello", "--input", "@input");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("input/posts/2026/2026-02-03-hello.md", output.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_post_refuses_an_unknown_event_and_names_the_closest()
    {
        using var site = new CliSite();
        site.Write("input/events/osce-alliance-2024.md", "---\nname: 24th\norganizer: OSCE\nstart: 2024-04-15\n---\n");

        var (exitCode, _, error) = await site.RunAsync("new", "post", "Hello", "--date", "2025-01-01", "--event", "osce-aliance-2024", "--input", "@input");

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Contains("osce-alliance-2024", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "input/posts")));
    }

    [Fact]
    public async Task New_post_never_overwrites()
    {
        using var site = new CliSite();
        site.Write("input/posts/2025/2025-01-01-hello.md", "mine");

        var (exitCode, _, error) = await site.RunAsync("new", "post", "Hello", "--date", "2025-01-01", "--input", "@input");

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Root, "input/posts/2025/2025-01-01-hello.md")));
    }

    [Theory]
    [InlineData("new post Hello --date 18/04/2025")]
    [InlineData("new post")]
    [InlineData("new event x --start 2025-01-01")]
    public async Task Bad_arguments_are_bad_usage(string commandLine)
    {
        using var site = new CliSite();

        var (exitCode, _, error) = await site.RunAsync([.. commandLine.Split(' '), "--input", "@input"]);

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.StartsWith("annals:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_event_writes_a_file_that_check_accepts()
    {
        using var site = new CliSite();

        var (exitCode, output, error) = await site.RunAsync("new", "event", "osce-alliance-2025", "--name", "25th Alliance Conference", "--start", "2025-04-15", "--end", "2025-04-16", "--organizer", "OSCE", "--location", "Vienna", "--series", "osce-alliance", "--edition", "25", "--input", "@input");
        var (checkCode, _, checkError) = await site.RunAsync("check", "--input", "@input", "--theme", "@theme");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("/events/osce-alliance-2025/", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, checkCode);
        Assert.Equal(string.Empty, checkError);
    }
}
