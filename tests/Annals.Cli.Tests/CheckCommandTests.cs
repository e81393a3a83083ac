namespace Annals.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task Problems_are_printed_with_the_line_quoted_a_caret_and_a_hint()
    {
        using var site = new CliSite();
        site.Write("input/posts/a.md", "---\ntitle: Hello\ndate: 2024-05-01\nimage: assets/missing.jpg\n---\nText.\n");

        var (exitCode, _, error) = await site.RunAsync("check", "--input", "@input", "--theme", "@theme");

        string[] lines = error.Split('\n');
        int first = Array.FindIndex(lines, l => l.Contains("error AN0202", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Matches(@"^.*input/posts/a\.md:4(:\d+)?: error AN0202: ", lines[first]);
        Assert.Equal("  4 | image: assets/missing.jpg", lines[first + 1]);
        Assert.StartsWith("  hint: ", lines.Skip(first + 1).First(l => l.StartsWith("  hint", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }

    [Fact]
    public async Task The_caret_points_at_the_column()
    {
        using var site = new CliSite();
        site.Write("input/posts/a.md", "---\ntitle: Hello\ndate: 2024-05-01\n---\nSee [this](/news/2099/nowhere/).\n");

        var (exitCode, _, error) = await site.RunAsync("check", "--input", "@input", "--theme", "@theme");

        string[] lines = error.Split('\n');
        int first = Array.FindIndex(lines, l => l.Contains("error AN0901", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        int column = int.Parse(System.Text.RegularExpressions.Regex.Match(lines[first], @"a\.md:5:(\d+):").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("  5 | See [this](/news/2099/nowhere/).", lines[first + 1]);
        Assert.Equal("    | " + new string(' ', column - 1) + "^", lines[first + 2]);
    }

    [Fact]
    public async Task A_good_site_checks_with_exit_code_0_and_writes_nothing()
    {
        using var site = new CliSite();
        site.Write("input/posts/a.md", "---\ntitle: Hello\ndate: 2024-05-01\n---\nText.\n");

        var (exitCode, output, error) = await site.RunAsync("check", "--input", "@input", "--theme", "@theme", "--verbose");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Checked the site in", output, StringComparison.Ordinal);
        Assert.Contains("Time per pipeline", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  Pages +\d+ ms", output);
        Assert.Matches(@"\nMemory since the program started: [\d,]+ MiB allocated; \d+ collections \(\d+ of them gen1, \d+ gen2\), \d+\.\d\d s paused", output);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }

    [Fact]
    public async Task Strict_check_fails_on_a_warning()
    {
        using var site = new CliSite();
        site.Write("input/posts/a.md", "---\ntitle: Hello\ndate: 2024-05-01\ntittle: typo\n---\nText.\n");

        var (exitCode, _, error) = await site.RunAsync("check", "--strict", "--input", "@input", "--theme", "@theme");

        Assert.Equal(ExitCodes.ContentErrors, exitCode);
        Assert.Contains("warning AN0108", error, StringComparison.Ordinal);
        Assert.Contains("--strict", error, StringComparison.Ordinal);
    }
}
