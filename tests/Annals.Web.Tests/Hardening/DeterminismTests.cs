using System.Globalization;
using Annals.Web.Building;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// The same input gives byte-identical output wherever and whenever it is built: other folders, other time
/// zones (one of the first and one of the last to see a new day), other cultures (Turkish casing, Arabic
/// and Thai calendars and digits), other runs.
/// </summary>
public sealed class DeterminismTests
{
    private const int Posts = 60;

    [Fact]
    public async Task Builds_in_other_folders_time_zones_and_cultures_are_byte_identical()
    {
        using var first = new TestSite(withDefaultSettings: false);
        using var second = new TestSite(withDefaultSettings: false);
        GeneratedCorpus.Write(first.Root, Posts, seed: 7);
        string nested = Path.Combine(second.Root, "some folder", "déjà");
        CopyTree(Path.Combine(second.Root, "theme"), Path.Combine(nested, "theme"));
        GeneratedCorpus.Write(nested, Posts, seed: 7);

        TimeSpan timeout = TimeSpan.FromSeconds(90);
        int firstExit = await AnnalsProcess.RunAsync(first.Root, Environment("Pacific/Kiritimati", "tr_TR.UTF-8"), timeout, "build");
        int secondExit = await AnnalsProcess.RunAsync(nested, Environment("America/Anchorage", "ar_SA.UTF-8"), timeout, "build");

        Assert.Equal(0, firstExit);
        Assert.Equal(0, secondExit);
        OutputTree.AssertIdentical(OutputTree.Read(first.Output), OutputTree.Read(Path.Combine(nested, "output")), "Kiritimati/tr-TR against Anchorage/ar-SA");
    }

    [Theory]
    [InlineData("tr-TR", "th-TH")]
    [InlineData("ar-SA", "fa-IR")]
    public async Task In_process_builds_under_other_cultures_are_byte_identical(string one, string other)
    {
        using TestSite first = await BuildUnderAsync(one);
        using TestSite second = await BuildUnderAsync(other);

        OutputTree.AssertIdentical(OutputTree.Read(first.Output), OutputTree.Read(second.Output), $"{one} against {other}");
    }

    [Fact]
    public async Task Rebuilding_the_same_folder_changes_no_byte()
    {
        using var site = new TestSite(withDefaultSettings: false);
        GeneratedCorpus.Write(site.Root, 40, seed: 3);
        Assert.True((await site.BuildAsync()).Succeeded, string.Join("\n", site.Messages));
        OutputTree before = OutputTree.Read(site.Output);

        Assert.True((await site.BuildAsync()).Succeeded);

        OutputTree.AssertIdentical(before, OutputTree.Read(site.Output), "a second build of the same folder");
    }

    private static async Task<TestSite> BuildUnderAsync(string culture)
    {
        var site = new TestSite(withDefaultSettings: false);
        GeneratedCorpus.Write(site.Root, 40, seed: 11);
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        try
        {
            // Flows with the async context into every task of the build, and to no other test.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            BuildReport report = await site.BuildAsync();
            Assert.True(report.Succeeded, string.Join("\n", site.Messages));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }

        return site;
    }

    private static Dictionary<string, string> Environment(string timeZone, string locale) => new(StringComparer.Ordinal)
    {
        ["TZ"] = timeZone,
        ["LANG"] = locale,
        ["LC_ALL"] = locale,
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
    };

    private static void CopyTree(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
