using System.Diagnostics;
using Annals.Web.Building;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// A build killed at any moment leaves the previous <c>output/</c> complete, and the next build leaves no
/// staging (<c>.output.tmp-*</c>) or retired (<c>.output.old-*</c>) folders behind.
/// </summary>
public sealed class AtomicityTests
{
    private static readonly TimeSpan[] KillAfter = [TimeSpan.FromSeconds(0.4), TimeSpan.FromSeconds(1.2), TimeSpan.FromSeconds(2.5)];

    [Fact]
    public async Task Killing_a_large_build_at_any_moment_leaves_the_previous_output_intact()
    {
        using TestSite site = SmallSite();
        Assert.True((await site.BuildAsync()).Succeeded, string.Join("\n", site.Messages));
        OutputTree previous = OutputTree.Read(site.Output);
        GeneratedCorpus.Write(Path.Combine(site.Root, "big"), posts: 1500, seed: 1);

        int killed = 0;
        foreach (TimeSpan delay in KillAfter)
        {
            using Process build = AnnalsProcess.Start(site.Root, null, "build", "--input", "big/input", "--theme", "theme", "--output", "output");
            bool finished = build.WaitForExit(delay);
            if (!finished)
            {
                build.Kill(entireProcessTree: true);
                Assert.True(build.WaitForExit(TimeSpan.FromSeconds(10)), "the killed build did not stop");
                killed++;
                OutputTree.AssertIdentical(previous, OutputTree.Read(site.Output), $"the output after a kill at {delay.TotalSeconds} s");
            }
            else
            {
                // The machine was fast enough to finish: the new site must then be complete.
                Assert.Equal(0, build.ExitCode);
                Assert.True(site.Exists("index.html") && site.Exists("search/index.html") && site.Exists("feed.xml"));
                previous = OutputTree.Read(site.Output);
            }
        }

        Assert.True(killed > 0, "every build finished before it could be killed; the test proved nothing");
        BuildReport next = await site.BuildAsync();
        Assert.True(next.Succeeded, string.Join("\n", site.Messages));
        AssertNoLeftovers(site.Root);
    }

    [Fact]
    public async Task A_build_killed_between_the_two_renames_of_the_swap_loses_nothing()
    {
        using TestSite site = SmallSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        OutputTree good = OutputTree.Read(site.Output);

        // The state a kill between "output -> .output.old-*" and ".output.tmp-* -> output" leaves behind.
        Directory.Move(site.Output, Path.Combine(site.Root, ".output.old-0638000000000000000-0123456789abcdef0123456789abcdef"));
        Directory.CreateDirectory(Path.Combine(site.Root, ".output.tmp-ffffffffffffffffffffffffffffffff", "news"));
        site.Add("input/posts/bad.md", "---\ntitle: Bad\n---\n");

        BuildReport failed = await site.BuildAsync();

        Assert.False(failed.Succeeded);
        OutputTree.AssertIdentical(good, OutputTree.Read(site.Output), "the output restored by a failed build");
        AssertNoLeftovers(site.Root);
    }

    [Fact]
    public async Task A_failed_build_leaves_no_staging_folder()
    {
        using TestSite site = SmallSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        site.Add("input/posts/bad.md", "---\ntitle: Bad\n---\n");

        Assert.False((await site.BuildAsync()).Succeeded);

        AssertNoLeftovers(site.Root);
    }

    [Theory]
    [InlineData("input")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("input/posts/out")]
    [InlineData("theme")]
    [InlineData("theme/assets")]
    public async Task An_output_folder_overlapping_the_input_or_theme_is_refused_and_nothing_is_deleted(string output)
    {
        using TestSite site = SmallSite();
        string[] before = [.. Directory.EnumerateFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

        BuildReport report = await site.BuildAsync(o => o with { OutputDirectory = Path.GetFullPath(Path.Combine(site.Root, output)) });

        Assert.False(report.Succeeded);
        Assert.Contains(site.Errors, e => e.Contains("error AN0004", StringComparison.Ordinal) && e.Contains("overlaps", StringComparison.Ordinal));
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(site.Root)!, $".{Path.GetFileName(site.Root)}.*"));
    }

    [Fact]
    public async Task An_output_path_that_is_a_file_is_refused_before_anything_is_built()
    {
        using TestSite site = SmallSite();
        site.Add("output", "not a folder");

        BuildReport report = await site.BuildAsync();

        Assert.False(report.Succeeded);
        Assert.Contains(site.Errors, e => e.StartsWith("output: error AN0004", StringComparison.Ordinal));
        Assert.Equal("not a folder", File.ReadAllText(site.Output));
        AssertNoLeftovers(site.Root);
    }

    private static TestSite SmallSite()
    {
        var site = new TestSite();
        site.AddPost("input/posts/a.md", "Previous site", "2024-04-18", "topics: [OSCE]\n");
        site.AddPost("input/posts/b.md", "Another item", "2023-01-02");
        return site;
    }

    private static void AssertNoLeftovers(string root)
    {
        string[] leftovers = [.. Directory.GetDirectories(root, ".output.*").Select(Path.GetFileName).OfType<string>()];
        Assert.True(leftovers.Length == 0, "left behind: " + string.Join(", ", leftovers));
    }
}
