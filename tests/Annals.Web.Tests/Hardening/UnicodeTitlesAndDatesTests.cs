using Annals.Web.Building;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Hardening;

/// <summary>Titles in any script get stable, non-empty slugs; the day as written decides the year, month and URL.</summary>
public sealed class UnicodeTitlesAndDatesTests
{
    [Theory]
    [InlineData("مؤتمر السلام في جنيف", "mu-tmr-lslm-fy-jnyf")]
    [InlineData("Доклад о конференции в Вене", "doklad-o-konferentsii-v-vene")]
    [InlineData("日内瓦和平会议", "rineiwahepinghuiyi")]
    [InlineData("🕊️🌍", null)]
    [InlineData("🕊️ 🌍 — !!!", null)]
    public async Task Titles_without_latin_letters_get_stable_non_empty_slugs(string title, string? expected)
    {
        using TestSite first = await BuildOne(title);
        using TestSite second = await BuildOne(title);

        string slug = SlugOf(first);
        Assert.Equal(slug, SlugOf(second));
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug);
        if (expected is not null)
        {
            Assert.Equal(expected, slug);
        }

        Assert.Equal(title, first.Html($"news/2024/{slug}/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Two_emoji_titles_get_different_slugs()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "🕊️", "2024-04-18");
        site.AddPost("input/posts/b.md", "🌍", "2024-04-18");

        BuildReport report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", site.Messages));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(site.Output, "news/2024")).Length);
    }

    [Theory]
    [InlineData("2024-12-31T23:30:00-05:00", "2024", "2024-12-31")]
    [InlineData("2024-01-01T00:30:00+01:00", "2024", "2024-01-01")]
    [InlineData("2023-12-31T23:59:59-12:00", "2023", "2023-12-31")]
    [InlineData("2024-01-01T00:00:00+14:00", "2024", "2024-01-01")]
    [InlineData("2024-02-29", "2024", "2024-02-29")]
    [InlineData("2000-02-29T12:00:00Z", "2000", "2000-02-29")]
    public async Task The_day_as_written_decides_the_year_and_url(string date, string year, string day)
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "Boundary item", date);

        BuildReport report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", site.Messages));
        Assert.True(site.Exists($"news/{year}/boundary-item/index.html"));
        Assert.True(site.Exists($"archive/{year}/index.html"));
        Assert.StartsWith(day, site.Html($"news/{year}/boundary-item/index.html").QuerySelector("main time")!.GetAttribute("datetime"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-12-31T23:30:00")]
    [InlineData("2024-12-31T24:00:00Z")]
    [InlineData("2024-12-31T23:30:00+15:00")]
    [InlineData("18/04/2024")]
    [InlineData("2024-4-8")]
    [InlineData("April 18, 2024")]
    [InlineData("0000-01-01")]
    [InlineData("99999-01-01")]
    public async Task Impossible_dates_are_errors_at_the_date_line(string date)
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/bad-date.md", $"---\ntitle: Bad date\ndate: {date}\n---\n");

        await site.AssertRejectedAtAsync("input/posts/bad-date.md:3", "AN0104");
    }

    [Theory]
    [InlineData("9999-12-31T23:30:00-05:00")]
    [InlineData("0001-01-01T00:30:00+01:00")]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public async Task Dates_at_the_ends_of_the_calendar_do_not_crash_the_build(string date)
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/edge.md", $"---\ntitle: Edge date\ndate: {date}\n---\nBody.\n");

        BuildReport report = await site.BuildAsync();

        site.AssertNoInternalErrors();
        if (!report.Succeeded)
        {
            Assert.Contains(site.Site.Errors, e => e.StartsWith("input/posts/edge.md:3", StringComparison.Ordinal));
            site.AssertOutputIntact();
        }
    }

    [Fact]
    public async Task Event_spanning_new_year_is_listed_under_its_start_year()
    {
        using var site = new TestSite();
        site.Add("input/events/winter.md", "---\nname: Winter session\norganizer: UN\nstart: 2023-12-30\nend: 2024-01-02\n---\n");
        site.AddPost("input/posts/a.md", "Winter report", "2024-01-02", "event: winter\n");

        BuildReport report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", site.Messages));
        Assert.Contains("2023", site.Html("events/index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(site.Exists("events/winter/index.html"));
    }

    private static async Task<TestSite> BuildOne(string title)
    {
        var site = new TestSite();
        site.AddPost("input/posts/a.md", title.Contains(':', StringComparison.Ordinal) ? $"\"{title}\"" : title, "2024-04-18");
        BuildReport report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", site.Messages));
        return site;
    }

    private static string SlugOf(TestSite site) =>
        Path.GetFileName(Assert.Single(Directory.GetDirectories(Path.Combine(site.Output, "news/2024"))));
}
