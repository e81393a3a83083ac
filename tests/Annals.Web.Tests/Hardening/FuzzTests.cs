using System.Diagnostics;
using System.Globalization;
using System.Text;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Modules;
using Annals.Web.Building;
using Annals.Web.Tests.Integration;
using Annals.Web.Tests.Images;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// Feeds mutated front matter and Markdown through the whole build, seeded and bounded in time. Every build
/// must end with a report (never an exception or an internal error), every error must name a file, a failed
/// build must leave the last good output as it was, and nothing may appear beside the output folder.
/// Reproduce a failure with <c>ANNALS_FUZZ_SEED</c> (and <c>ANNALS_FUZZ_SECONDS</c> for a longer run).
/// </summary>
public sealed class FuzzTests
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["input/posts/2024/a.md"] =
            "---\ntitle: \"Report: the OSCE Alliance conference\"\ndate: 2024-04-18T09:30:00+02:00\nsummary: The delegation in Vienna.\n" +
            "topics: [Human trafficking, OSCE]\nevent: forum-2024\ndelegation:\n  - name: Michel Veuthey\n    role: Ambassador\nimage: assets/p.jpg\n" +
            "image_alt: The Hofburg\nlocation: Vienna, Austria\nvideo: https://example.org/v\nslug: osce-report\naliases: [/old/a.html]\n---\n" +
            "First paragraph with a [link](/news/2023/statement/) and ![photo](/assets/p.jpg).\n\n## Panels\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n" +
            "A footnote[^1].\n\n[^1]: The note.\n\n<figure><img src=\"/assets/p.jpg\" alt=\"x\"><figcaption>Caption</figcaption></figure>\n",
        ["input/posts/2023/b.md"] =
            "---\ntitle: Statement\ndate: 2023-12-31T23:30:00-05:00\ntype: statement\nevent:\n  id: inline-2023\n  name: Session\n  organizer: UN\n" +
            "  start: 2023-12-30\n  end: 2023-12-31\n---\nThe text of the statement, see [the report](/news/2024/osce-report/).\n",
        ["input/events/forum-2024.md"] =
            "---\nname: Forum 2024\norganizer: OSCE\nstart: 2024-04-15\nend: 2024-04-16\nlocation: Hofburg, Vienna\nseries: forum\nedition: 24\n" +
            "theme: \"Beyond awareness\"\nwebsite: https://www.osce.org/\ntopics: [OSCE]\n---\nThe programme.\n\n- Panel one\n- Panel two\n",
        ["input/site.yml"] = "title: Fuzz Archive\nbase_url: https://example.org\nlanguage: en\nposts_per_page: 2\nvideo_hosts: [player.vimeo.com]\n",
        ["input/topics.yml"] = "osce:\n  name: OSCE\n  description: The organization.\n",
    };

    [Fact]
    public async Task Mutated_content_never_crashes_the_build_or_escapes_the_output_folder()
    {
        int seed = EnvironmentNumber("ANNALS_FUZZ_SEED", 20240418);
        TimeSpan budget = TimeSpan.FromSeconds(EnvironmentNumber("ANNALS_FUZZ_SECONDS", 8));
        using var site = new TestSite(withDefaultSettings: false);
        foreach ((string path, string text) in Files)
        {
            site.Add(path, text);
        }

        site.AddBytes("input/assets/p.jpg", TestImages.Jpeg(64, 48));
        Assert.True((await site.BuildAsync()).Succeeded, string.Join("\n", site.Messages));
        OutputTree lastGood = OutputTree.Read(site.Output);
        string[] targets = [.. Files.Keys];

        var clock = Stopwatch.StartNew();
        int iteration = 0;
        int failures = 0;
        for (; clock.Elapsed < budget && iteration < 2000; iteration++)
        {
            var random = new Random(unchecked((seed * 1_000_003) + iteration));
            string target = targets[random.Next(targets.Length)];
            byte[] mutated = Mutator.Mutate(Files[target], random);
            site.AddBytes(target, mutated);
            string context = string.Create(CultureInfo.InvariantCulture, $"seed {seed}, iteration {iteration}, {target}:\n{Encoding.UTF8.GetString(mutated[..Math.Min(mutated.Length, 1500)])}");

            BuildReport report;
            try
            {
                report = await site.BuildAsync();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Assert.Fail($"the build threw {exception}\n{context}");
                throw;
            }

            Diagnostic? crash = report.Diagnostics.FirstOrDefault(d => d.Code == ModuleFailure.Code);
            Assert.True(crash is null, $"internal error: {crash}\n{context}");
            Diagnostic? nowhere = report.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error && !IsAFile(d.Location));
            Assert.True(nowhere is null, $"an error without a file: {nowhere}\n{context}");
            SiteFolder.AssertOnlyInputOutputAndCache(site);
            if (report.Succeeded)
            {
                lastGood = OutputTree.Read(site.Output);
                Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(site.Output, "*", SearchOption.AllDirectories), e => new FileInfo(e).LinkTarget is not null);
            }
            else
            {
                failures++;
                OutputTree.AssertIdentical(lastGood, OutputTree.Read(site.Output), "the output after a failed build, " + context);
            }

            site.Add(target, Files[target]);
        }

        TestContext.Current.SendDiagnosticMessage($"fuzz: seed {seed}, {iteration} builds, {failures} rejected, {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(iteration >= 3, $"only {iteration} builds ran in {budget}");
    }

    /// <summary>An error must point at a file the staff can open: a path under input/ or theme/.</summary>
    private static bool IsAFile(SourceLocation? location) =>
        location is { Path.Length: > 0 } known
        && (known.Path.StartsWith("input/", StringComparison.Ordinal) || known.Path.StartsWith("theme/", StringComparison.Ordinal));

    private static int EnvironmentNumber(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
