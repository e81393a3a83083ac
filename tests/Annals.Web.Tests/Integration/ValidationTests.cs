using Annals.Web.Building;

namespace Annals.Web.Tests.Integration;

/// <summary>Each test builds a site with one defect and checks the exit status and the exact place reported.</summary>
public sealed class ValidationTests
{
    private static async Task<TestSite> BuildWith(Action<TestSite> defect)
    {
        var site = new TestSite();
        site.AddPost("input/posts/good.md", "Good item", "2024-01-01");
        defect(site);
        await site.BuildAsync();
        return site;
    }

    private static void AssertError(TestSite site, string location, string code)
    {
        Assert.False(site.LastReport!.Succeeded);
        Assert.Contains(site.Errors, e => e.StartsWith(location + ":", StringComparison.Ordinal) && e.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_event_id_is_an_error_at_the_event_line()
    {
        using TestSite site = await BuildWith(s =>
        {
            s.Add("input/events/geneva-forum.md", "---\nname: Forum\norganizer: X\nstart: 2024-01-01\n---\n");
            s.AddPost("input/posts/a.md", "A", "2024-02-01", "topics: [x]\nevent: geneva-forun\n");
        });
        AssertError(site, "input/posts/a.md:5", "AN0301");
        Assert.Contains(site.Errors, e => e.Contains("geneva-forum", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inline_event_disagreeing_with_its_file_is_an_error_at_the_field()
    {
        using TestSite site = await BuildWith(s =>
        {
            s.Add("input/events/forum.md", "---\nname: Forum\norganizer: X\nstart: 2024-01-01\n---\n");
            s.AddPost("input/posts/a.md", "A", "2024-02-01", "event:\n  id: forum\n  name: Forum\n  organizer: X\n  start: 2024-01-02\n");
        });
        AssertError(site, "input/posts/a.md:8", "AN0302");
    }

    [Fact]
    public async Task Event_ending_before_it_starts_is_an_error_at_end()
    {
        using TestSite site = await BuildWith(s =>
            s.Add("input/events/forum.md", "---\nname: Forum\norganizer: X\nstart: 2024-01-05\nend: 2024-01-04\n---\n"));
        Assert.False(site.LastReport!.Succeeded);
        Assert.Contains(site.Errors, e => e.StartsWith("input/events/forum.md:5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Broken_internal_link_is_reported_at_its_markdown_line()
    {
        using TestSite site = await BuildWith(s =>
            s.AddPost("input/posts/a.md", "A", "2024-02-01", body: "First paragraph.\n\nSee [the report](/news/2024/missing/)."));
        AssertError(site, "input/posts/a.md:7:5", "AN0901");
    }

    [Fact]
    public async Task Link_to_a_draft_is_a_broken_link()
    {
        using TestSite site = await BuildWith(s =>
        {
            s.AddPost("input/posts/d.md", "Draft", "2024-02-02", "draft: true\n");
            s.AddPost("input/posts/a.md", "A", "2024-02-01", body: "See [the draft](/news/2024/draft/).");
        });
        AssertError(site, "input/posts/a.md:5", "AN0901");
    }

    [Fact]
    public async Task Missing_image_file_is_reported_at_the_image_key()
    {
        using TestSite site = await BuildWith(s =>
            s.AddPost("input/posts/a.md", "A", "2024-02-01", "image: assets/none.jpg\nimage_alt: Nothing\n"));
        AssertError(site, "input/posts/a.md:4", "AN0902");
    }

    [Fact]
    public async Task Alias_equal_to_a_page_is_an_error_at_aliases()
    {
        using TestSite site = await BuildWith(s =>
            s.AddPost("input/posts/a.md", "A", "2024-02-01", "aliases: [/news/2024/good-item/]\n"));
        AssertError(site, "input/posts/a.md:4", "AN0801");
    }

    [Fact]
    public async Task Two_items_claiming_one_alias_is_an_error()
    {
        using TestSite site = await BuildWith(s =>
        {
            s.AddPost("input/posts/a.md", "A", "2024-02-01", "aliases: [/old.html]\n");
            s.AddPost("input/posts/b.md", "B", "2024-02-02", "aliases: [/old.html]\n");
        });
        AssertError(site, "input/posts/b.md:4", "AN0802");
    }

    [Fact]
    public async Task Unknown_key_is_a_warning_that_strict_makes_fatal()
    {
        using TestSite site = await BuildWith(s =>
            s.AddPost("input/posts/a.md", "A", "2024-02-01", "sumary: typo\n"));
        Assert.True(site.LastReport!.Succeeded);
        Assert.Contains(site.Messages, m => m.StartsWith("input/posts/a.md:4", StringComparison.Ordinal) && m.Contains("warning", StringComparison.Ordinal) && m.Contains("summary", StringComparison.Ordinal));

        BuildReport strict = await site.BuildAsync(o => o with { Strict = true });
        Assert.False(strict.Succeeded);
    }

    [Fact]
    public async Task Every_problem_of_a_build_is_reported_at_once()
    {
        using TestSite site = await BuildWith(s =>
        {
            s.Add("input/posts/x.md", "---\ntitle: X\n---\n");
            s.Add("input/posts/y.md", "---\ndate: 2024-01-01\n---\n");
            s.AddPost("input/posts/z.md", "Z", "2024-02-01", body: "[x](/nowhere/)");
        });
        Assert.Contains(site.Errors, e => e.StartsWith("input/posts/x.md:", StringComparison.Ordinal) && e.Contains("date", StringComparison.Ordinal));
        Assert.Contains(site.Errors, e => e.StartsWith("input/posts/y.md:", StringComparison.Ordinal) && e.Contains("title", StringComparison.Ordinal));
        Assert.Contains(site.Errors, e => e.StartsWith("input/posts/z.md:5:", StringComparison.Ordinal) && e.Contains("AN0901", StringComparison.Ordinal));
    }
}
