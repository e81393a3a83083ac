using Annals.Web.Building;

namespace Annals.Web.Tests.Integration;

/// <summary>
/// A built site with events of every kind of place (a venue, online, hybrid, unknown), a series of two editions,
/// items with and without an image and a delegation, and a time with an offset. Built once for the tests of page
/// heads, structured data, feeds and calendars.
/// </summary>
public sealed class RichDataSite : IAsyncLifetime
{
    internal TestSite Site { get; } = new(withDefaultSettings: false);

    public async ValueTask InitializeAsync()
    {
        TestSite site = Site;
        site.Add("input/site.yml", "title: Test Archive\nbase_url: https://example.org\nlanguage: en\ndescription: News of the delegation.\norganization: Example Order\nposts_per_page: 2\n");
        site.Add("input/series.yml", "alliance:\n  name: Alliance Conference\n  description: The yearly conference of the Alliance.\n");
        site.Add("input/events/alliance-2023.md", "---\nname: Alliance Conference 2023\norganizer: OSCE\nstart: 2023-04-10\nend: 2023-04-12\nlocation: Vienna, Austria\nseries: alliance\nedition: 23\n---\nThe 23rd conference.\n");
        site.Add("input/events/alliance-2024.md", "---\nname: Alliance Conference 2024\norganizer: OSCE\nstart: 2024-04-15\nend: 2024-04-16\nlocation: Hofburg, Vienna, Austria\nseries: alliance\nedition: 24\ntheme: \"Beyond awareness; prevention, now\"\nwebsite: https://www.osce.org/\nrecording: https://video.example.org/alliance-2024\ntopics: [Human trafficking]\n---\nThe 24th conference, on prevention.\n");
        site.Add("input/events/webinar-2024.md", "---\nname: Webinar on shelters\norganizer: Shelter Network\nstart: 2024-06-03\nlocation: Online\nwebsite: https://shelters.example.org/webinar\n---\nA webinar.\n");
        site.Add("input/events/forum-2025.md", "---\nname: Geneva Forum 2025\norganizer: Forum Office\nstart: 2025-12-15\nend: 2025-12-16\nlocation: Geneva, Switzerland and online\n---\nThe forum, in Geneva and online.\n");
        site.Add("input/events/meeting-2022.md", "---\nname: Closed meeting\norganizer: Somebody\nstart: 2022-02-01\n---\nA meeting whose place was not made public.\n");
        site.AddBytes("input/assets/2024/hall.png", File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "theme", "assets", "images", "share.png")));
        site.AddPost("input/posts/2024/a.md", "Report on the 24th conference", "2024-04-18T09:30:00+02:00", "topics: [Human trafficking, OSCE]\nevent: alliance-2024\nimage: assets/2024/hall.png\nimage_alt: The hall of the Hofburg\ndelegation:\n  - name: Ana Silva\n    role: Head of delegation\n  - name: Jon Berg\n", "Subscribe to [the calendar](/events/calendar.ics) or [the JSON feed](/feed.json).");
        site.AddPost("input/posts/2023/b.md", "Report on the 23rd conference", "2023-04-13", "topics: [OSCE]\nevent: alliance-2023\n");
        site.AddPost("input/posts/2024/c.md", "Shelters after the webinar", "2024-06-04", "event: webinar-2024\ntype: news\n");
        site.AddPost("input/posts/2025/d.md", "Announcing the Geneva Forum", "2025-11-01", "event: forum-2025\ntype: announcement\n");
        site.AddPost("input/posts/2022/e.md", "After the closed meeting", "2022-02-03", "event: meeting-2022\n");
        BuildReport report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", site.Messages));
    }

    public ValueTask DisposeAsync()
    {
        Site.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Every HTML page of the output, by output path (<c>news/2024/x/index.html</c>), in order.</summary>
    internal IEnumerable<string> HtmlPages() =>
        Directory.EnumerateFiles(Site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site.Output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.StartsWith("_theme/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
