using System.Globalization;
using System.Text.Json;

namespace Annals.Browser.Tests;

/// <summary>
/// Lighthouse 12 (from npm, in Debian's Chromium) on the home, item, event, topic and search pages of the sample site,
/// with the mobile and the desktop settings. It runs alone, after the other tests: performance is timed.
/// </summary>
[Collection(nameof(LighthouseTests))]
[CollectionDefinition(nameof(LighthouseTests), DisableParallelization = true)]
public sealed class LighthouseTests(SampleArchiveFixture site)
{
    private const int Bar = 95;

    private static readonly string[] PageNames = ["home", "item", "event", "topic", "search"];

    [Fact]
    public async Task Every_score_is_at_least_95_on_phones_and_desktops()
    {
        Prerequisites.Require(File.Exists(BrowserFixture.ChromiumPath) ? null : $"{BrowserFixture.ChromiumPath} is missing: install Debian's chromium package");
        Prerequisites.Require(QualityTools.Missing("node", QualityTools.LighthouseScript)
            ?? QualityTools.Missing("node", Path.Combine(QualityTools.Folder, "node_modules", "lighthouse", "package.json")));

        var (exitCode, output, errors) = await QualityTools.RunAsync(
            "node",
            [QualityTools.LighthouseScript, site.Server.Url("/").ToString(), .. PageNames.Select(n => SampleArchiveFixture.Pages[n])],
            new Dictionary<string, string> { ["CHROME_PATH"] = BrowserFixture.ChromiumPath },
            TimeSpan.FromMinutes(10));
        Assert.True(exitCode == 0, $"lighthouse.mjs failed ({exitCode}):\n{errors}");

        using JsonDocument report = JsonDocument.Parse(output);
        List<string> lines = [];
        List<string> low = [];
        foreach (JsonElement page in report.RootElement.EnumerateArray())
        {
            string where = $"{page.GetProperty("formFactor").GetString()} {page.GetProperty("path").GetString()}";
            var scores = page.GetProperty("scores").EnumerateObject().ToDictionary(s => s.Name, s => s.Value.ValueKind == JsonValueKind.Number ? s.Value.GetInt32() : -1);
            lines.Add($"{where}: {string.Join(", ", scores.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value}")))} ({page.GetProperty("runs").GetInt32()} run(s))");
            if (page.GetProperty("runtimeError").GetString() is { } error)
            {
                low.Add($"{where}: Lighthouse could not run: {error}");
            }

            foreach ((string category, int score) in scores.Where(s => s.Value < Bar))
            {
                IEnumerable<string> why = page.GetProperty("shortfalls").EnumerateArray()
                    .Where(s => s.GetProperty("category").GetString() == category)
                    .Select(s => $"{s.GetProperty("audit").GetString()} {s.GetProperty("value").GetString()}");
                low.Add($"{where}: {category} {score} ({string.Join(", ", why)})");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", lines));
        Assert.Equal(PageNames.Length * 2, lines.Count);
        Assert.True(low.Count == 0, $"Scores below {Bar}:\n{string.Join("\n", low)}\n\nAll scores:\n{string.Join("\n", lines)}");
    }
}
