using Annals.Web.Building;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// Each error and warning of the content contract, one defect per site: the verdict, the exact place and
/// code printed, and (for errors) the previous output left as it was.
/// </summary>
public sealed class ContractRulesTests
{
    [Theory]
    [InlineData("input/posts/p.md", "---\ndate: 2024-04-18\n---\n", "input/posts/p.md:1", "AN0111")]
    [InlineData("input/posts/p.md", "---\ntitle: \"   \"\ndate: 2024-04-18\n---\n", "input/posts/p.md:2", "AN0111")]
    [InlineData("input/posts/p.md", "---\ntitle: P\n---\n", "input/posts/p.md:1", "AN0111")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\nevent: no-such-event\n---\n", "input/posts/p.md:4", "AN0301")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\nevent:\n  id: forum-2024\n  name: Other name\n  organizer: OSCE\n  start: 2024-02-28\n---\n", "input/posts/p.md:6", "AN0302")]
    [InlineData("input/events/e.md", "---\nname: E\norganizer: O\nstart: 2024-01-05\nend: 2024-01-04\n---\n", "input/events/e.md:5", "AN0304")]
    [InlineData("input/events/e.md", "---\nname: E\nstart: 2024-01-05\n---\n", "input/events/e.md:1", "AN0111")]
    [InlineData("input/posts/p.md", "---\ntitle: Good item\ndate: 2024-04-18\n---\n", "input/posts/p.md:2", "AN0701")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\nslug: good-item\n---\n", "input/posts/p.md:4", "AN0701")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\nimage: assets/x.jpg\n---\n", "input/posts/p.md:4", "AN0202")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\nimage: assets/none.jpg\nimage_alt: Nothing\n---\n", "input/posts/p.md:4", "AN0902")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\n---\nFirst.\n\nSee [it](/news/2024/missing/).\n", "input/posts/p.md:7:5", "AN0901")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\n---\n![gone](/assets/gone.png)\n", "input/posts/p.md:5:1", "AN0902")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\naliases: [/news/2024/good-item/]\n---\n", "input/posts/p.md:4", "AN0801")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\ndraft: \"false\"\n---\n", "input/posts/p.md:4", "AN0104")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\ntype: opinion\n---\n", "input/posts/p.md:4", "AN0104")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\nvideo: javascript:alert(1)\n---\n", "input/posts/p.md:4", "AN0112")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\nvideo: \" JaVaScRiPt:alert(1)\"\n---\n", "input/posts/p.md:4", "AN0112")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\nvideo: //evil.example/v\n---\n", "input/posts/p.md:4", "AN0112")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\nvideo: watch/this\n---\n", "input/posts/p.md:4", "AN0112")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\nimage: javascript:alert(1)\nimage_alt: x\n---\n", "input/posts/p.md:4", "AN0206")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\nimage: https://evil.example/x.jpg\nimage_alt: x\n---\n", "input/posts/p.md:4", "AN0206")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-04-18\nimage: ../../secret.jpg\nimage_alt: x\n---\n", "input/posts/p.md:4", "AN0206")]
    [InlineData("input/events/e.md", "---\nname: E\norganizer: O\nstart: 2024-01-05\nwebsite: data:text/html,<script>alert(1)</script>\n---\n", "input/events/e.md:5", "AN0112")]
    [InlineData("input/events/e.md", "---\nname: E\norganizer: O\nstart: 2024-01-05\nrecording: vbscript:msgbox(1)\n---\n", "input/events/e.md:5", "AN0112")]
    [InlineData("input/site.yml", "title: T\nbase_url: https://example.org\nnav:\n  - title: Evil\n    url: javascript:alert(1)\n", "input/site.yml:5", "AN0112")]
    [InlineData("input/site.yml", "title: T\nbase_url: example.org\n", "input/site.yml:2", "AN0402")]
    [InlineData("input/site.yml", "title: T\nbase_url: javascript:alert(1)\n", "input/site.yml:2", "AN0402")]
    [InlineData("input/site.yml", "base_url: https://example.org\n", "input/site.yml", "AN0111")]
    [InlineData("input/site.yml", "title: T\nbase_url: https://example.org\nvideo_hosts: [https://evil.example/]\n", "input/site.yml:3", "AN0406")]
    [InlineData("input/site.yml", "title: T\nbase_url: https://example.org\nposts_per_page: 0\n", "input/site.yml:3", "AN0104")]
    [InlineData("input/site.yml", "title: T\nbase_url: https://example.org\nlanguage: english please\n", "input/site.yml:3", "AN0403")]
    public async Task Contract_error_is_reported_where_it_is_written(string path, string text, string location, string code)
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add(path, text);

        await site.AssertRejectedAtAsync(location, code);
    }

    [Fact]
    public async Task Two_items_claiming_one_alias_is_an_error_at_the_second()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Site.AddPost("input/posts/a.md", "A", "2024-02-01", "aliases: [/old.html]\n");
        site.Site.AddPost("input/posts/b.md", "B", "2024-02-02", "aliases: [/old.html]\n");

        await site.AssertRejectedAtAsync("input/posts/b.md:4", "AN0802");
    }

    [Fact]
    public async Task Published_item_linking_to_a_draft_is_a_broken_link()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Site.AddPost("input/posts/d.md", "Draft", "2024-02-02", "draft: true\n");
        site.Site.AddPost("input/posts/a.md", "A", "2024-02-01", body: "See [the draft](/news/2024/draft/).");

        await site.AssertRejectedAtAsync("input/posts/a.md:5:5", "AN0901");
    }

    [Theory]
    [InlineData("---\ntitle: P\ndate: 2024-04-18\ntittle: typo\n---\n", "input/posts/p.md:4", "AN0108")]
    [InlineData("---\ntitle: P\ndate: 2024-04-18\nImage-Alt: typo\n---\n", "input/posts/p.md:4", "AN0108")]
    [InlineData("---\ntitle: P\ndate: 2024-04-18\n---\n<script>alert(1)</script>\n", "input/posts/p.md:5", "AN0502")]
    [InlineData("---\ntitle: P\ndate: 2024-04-18\ntopics: Human trafficking, OSCE\n---\n", "input/posts/p.md:4", "AN0207")]
    public async Task Contract_warning_builds_but_strict_refuses_it(string text, string location, string code)
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/p.md", text);

        await site.AssertBuiltAsync(location, code);
        BuildReport strict = await site.BuildAsync(o => o with { Strict = true });
        Assert.False(strict.Succeeded);
        site.AssertOutputIntact();
    }

    [Fact]
    public async Task Very_long_title_is_a_warning_at_its_line()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Site.AddPost("input/posts/p.md", string.Join(' ', Enumerable.Repeat("Conference", 20)), "2024-04-18");

        await site.AssertBuiltAsync("input/posts/p.md:2", "AN0203");
    }

    [Fact]
    public async Task Every_problem_of_a_build_is_reported_at_once_and_nothing_is_written()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/x.md", "---\ntitle: X\n---\n");
        site.Add("input/posts/y.md", "---\ndate: 2024-01-01\n---\n");
        site.Add("input/posts/z.md", "---\ntitle: Z: colon\ndate: 2024-01-01\n---\n");
        site.Add("input/events/e.md", "---\nname: E\norganizer: O\nstart: 2024-01-05\nend: 2024-01-04\n---\n");

        await site.AssertRejectedAtAsync("input/posts/z.md:2", "AN0105");
        Assert.Equal(4, site.Site.Errors.Count);
    }
}
