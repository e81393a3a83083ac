using Annals.Web.Authoring;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Authoring;

public sealed class PostFileWriterTests
{
    private static readonly DateOnly Day = new(2025, 4, 18);

    private static TestSite SiteWithEvent() => new TestSite()
        .Add("input/events/osce-alliance-2024.md", "---\nname: 24th Alliance Conference\norganizer: OSCE\nstart: 2024-04-15\nseries: osce-alliance\n---\nText.\n")
        .Add("input/topics.yml", "human-trafficking:\n  name: Human trafficking\n");

    private static AuthoringResult Write(TestSite site, NewPost post) =>
        PostFileWriter.Write(Path.Combine(site.Root, "input"), post, SiteCatalog.Read(Path.Combine(site.Root, "input")));

    [Fact]
    public async Task A_new_post_lands_in_its_year_folder_and_builds_without_a_problem()
    {
        using TestSite site = SiteWithEvent();

        AuthoringResult result = Write(site, new NewPost("Report: the 25th \"Alliance\" Conference #1", Day, "osce-alliance-2024", ["Human trafficking", "OSCE"]));

        Assert.True(result.Written, result.Problem);
        Assert.Equal(Path.Combine(site.Root, "input", "posts", "2025", "2025-04-18-report-the-25th-alliance-conference-1.md"), result.FilePath);
        Assert.Equal("/news/2025/report-the-25th-alliance-conference-1/", result.Url);
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join('\n', site.Messages));
        Assert.Empty(site.Messages);
        var page = site.Html("news/2025/report-the-25th-alliance-conference-1/index.html");
        Assert.Equal("Report: the 25th \"Alliance\" Conference #1", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("/events/osce-alliance-2024/", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_names_the_event_and_offers_the_known_topics_in_comments()
    {
        using TestSite site = SiteWithEvent();

        AuthoringResult result = Write(site, new NewPost("Hello", Day, "osce-alliance-2024", []));

        string text = File.ReadAllText(result.FilePath!);
        Assert.Contains("event: osce-alliance-2024  # 24th Alliance Conference\n", text, StringComparison.Ordinal);
        Assert.Contains("# Topics in use: Human trafficking\n", text, StringComparison.Ordinal);
        Assert.Contains("# topics: [", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_event_the_recent_events_are_offered()
    {
        using TestSite site = SiteWithEvent();

        string text = File.ReadAllText(Write(site, new NewPost("Hello", Day, null, [])).FilePath!);

        Assert.Contains("# event: the-event-id\n# Recent events: osce-alliance-2024 (24th Alliance Conference)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using TestSite site = SiteWithEvent();
        site.Add("input/posts/2025/2025-04-18-hello.md", "mine");

        AuthoringResult result = Write(site, new NewPost("Hello", Day, null, []));

        Assert.False(result.Written);
        Assert.Contains("already exists", result.Problem, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Root, "input/posts/2025/2025-04-18-hello.md")));
    }

    [Fact]
    public void A_title_whose_address_is_taken_that_year_is_refused()
    {
        using TestSite site = SiteWithEvent();
        site.AddPost("input/posts/2025/2025-01-02-hello.md", "Hello", "2025-01-02");

        AuthoringResult result = Write(site, new NewPost("Hello", Day, null, []));

        Assert.False(result.Written);
        Assert.Contains("/news/2025/hello/", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_event_is_refused_with_the_closest_ids()
    {
        using TestSite site = SiteWithEvent();
        site.Add("input/events/geneva-forum-2021.md", "---\nname: Forum\norganizer: UN\nstart: 2021-05-01\n---\n");

        AuthoringResult result = Write(site, new NewPost("Hello", Day, "osce-aliance-2024", []));

        Assert.False(result.Written);
        Assert.Contains("no event 'osce-aliance-2024'", result.Problem, StringComparison.Ordinal);
        Assert.Contains("closest event ids are: osce-alliance-2024, geneva-forum-2021", result.Problem, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "input", "posts")));
    }

    [Fact]
    public void A_new_topic_is_written_with_a_note_naming_the_close_ones()
    {
        using TestSite site = SiteWithEvent();

        AuthoringResult result = Write(site, new NewPost("Hello", Day, null, ["Human trafickking"]));

        Assert.True(result.Written);
        Assert.Contains(result.Notes, n => n.Contains("'Human trafickking' is a new topic", StringComparison.Ordinal) && n.Contains("Human trafficking", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_title_is_refused()
    {
        using TestSite site = SiteWithEvent();

        Assert.False(Write(site, new NewPost("  ", Day, null, [])).Written);
    }
}
