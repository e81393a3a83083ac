using Annals.Web.Building;
using Annals.Web.Redirects;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// Slugs, aliases, event ids, series ids and topic keys that try to leave their folder (<c>..</c>, absolute
/// paths, separators, control characters, white space) are rejected at their line; nothing is written
/// outside the output folder and <c>_redirects</c> keeps one rule per line.
/// </summary>
public sealed class PathEscapeTests
{
    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("/abs")]
    [InlineData("\"a\\\\b\"")]
    [InlineData("a b")]
    [InlineData("\"a\\tb\"")]
    [InlineData("\"a\\u2028b\"")]
    [InlineData("\"a\\u200Bb\"")]
    [InlineData("\"%2e%2e\"")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("con")]
    [InlineData("Upper")]
    [InlineData("report-")]
    [InlineData("a--b")]
    public async Task Slug_that_is_not_a_plain_word_list_is_rejected_at_its_line(string slug)
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/escape.md", $"---\ntitle: Escape\ndate: 2024-04-18\nslug: {slug}\n---\n");

        await site.AssertRejectedAtAsync("input/posts/escape.md:4", "AN0201");
        AssertNothingOutside(site.Site);
    }

    [Fact]
    public async Task Over_long_slug_is_rejected_at_its_line()
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/long.md", $"---\ntitle: Long\ndate: 2024-04-18\nslug: {string.Join('-', Enumerable.Repeat("word", 20))}\n---\n");

        await site.AssertRejectedAtAsync("input/posts/long.md:4", "AN0201");
    }

    [Theory]
    [InlineData("[/../etc/passwd]")]
    [InlineData("[/a/%2e%2e/b]")]
    [InlineData("[/a/./b]")]
    [InlineData("[https://evil.example/x]")]
    [InlineData("[//evil.example/x]")]
    [InlineData("[\"/a b\"]")]
    [InlineData("[\"/a\\tb\"]")]
    [InlineData("[\"/a\\nb 200!\"]")]
    [InlineData("[\"/a\\u2028b\"]")]
    [InlineData("[\"/a\\u0085b\"]", "AN0113")]
    [InlineData("[\"/a\\u00A0b\"]")]
    [InlineData("[/a*]")]
    [InlineData("[/a?b=1]")]
    [InlineData("[\"/a#b\"]")]
    [InlineData("[/:splat]")]
    [InlineData("[old.html]")]
    [InlineData("[\"/a\\\\b\"]")]
    [InlineData("[\"\\\\\\\\evil\\\\share\"]")]
    [InlineData("[C:/Windows]")]
    [InlineData("/old.html /evil 200")]
    public async Task Alias_that_could_escape_or_add_a_redirect_field_is_rejected_at_its_line(string aliases, string code = "AN0204")
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add("input/posts/escape.md", $"---\ntitle: Escape\ndate: 2024-04-18\naliases: {aliases}\n---\n");

        await site.AssertRejectedAtAsync("input/posts/escape.md:4", code);
        AssertNothingOutside(site.Site);
    }

    [Theory]
    [InlineData("input/events/a..b.md", "---\nname: E\norganizer: O\nstart: 2024-01-01\n---\n", "input/events/a..b.md", "AN0303")]
    [InlineData("input/events/Evil Name.md", "---\nname: E\norganizer: O\nstart: 2024-01-01\n---\n", "input/events/Evil Name.md", "AN0303")]
    [InlineData("input/events/über.md", "---\nname: E\norganizer: O\nstart: 2024-01-01\n---\n", "input/events/über.md", "AN0303")]
    [InlineData("input/events/ok.md", "---\nname: E\norganizer: O\nstart: 2024-01-01\nseries: ../../x\n---\n", "input/events/ok.md:5", "AN0305")]
    [InlineData("input/events/ok.md", "---\nname: E\norganizer: O\nstart: 2024-01-01\nseries: a/b\n---\n", "input/events/ok.md:5", "AN0305")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-01-01\nevent:\n  id: ../evil\n  name: E\n  organizer: O\n  start: 2024-01-01\n---\n", "input/posts/p.md:5", "AN0303")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-01-01\nevent:\n  id: \"a\\u0000b\"\n  name: E\n  organizer: O\n  start: 2024-01-01\n---\n", "input/posts/p.md:5", "AN0113")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-01-01\nevent: ../events/forum-2024\n---\n", "input/posts/p.md:4", "AN0205")]
    [InlineData("input/posts/p.md", "---\ntitle: P\ndate: 2024-01-01\nevent: /etc\n---\n", "input/posts/p.md:4", "AN0205")]
    [InlineData("input/topics.yml", "../../x:\n  name: X\n", "input/topics.yml:1", "AN0404")]
    [InlineData("input/series.yml", "a/b:\n  name: X\n", "input/series.yml:1", "AN0405")]
    public async Task Ids_that_could_name_another_folder_are_rejected_where_written(string path, string text, string location, string code)
    {
        using GuardedSite site = await GuardedSite.CreateAsync();
        site.Add(path, text);

        await site.AssertRejectedAtAsync(location, code);
        AssertNothingOutside(site.Site);
    }

    [Fact]
    public async Task Topics_that_look_like_paths_become_plain_slugs_inside_topics()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "A", "2024-04-18", "topics: [\"../../../etc\", \"/root\", \"a\\\\b\", \"..\", \"%2e%2e\"]\n");

        BuildReport report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", site.Messages));
        string topics = Path.Combine(site.Output, "topics");
        Assert.All(Directory.GetDirectories(topics), d => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", Path.GetFileName(d)));
        AssertNothingOutside(site);
    }

    [Fact]
    public async Task Redirects_file_has_exactly_one_rule_per_alias()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "A", "2024-04-18", "aliases: [/old/a.html, /old/b%20c.html, \"/actualités/é.html\", /x/]\n");
        site.AddPost("input/posts/b.md", "B", "2024-04-17", "aliases: /single.html\n");

        BuildReport report = await site.BuildAsync();

        Assert.True(report.Succeeded, string.Join("\n", site.Messages));
        string[] rules = [.. site.Read("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#'))];
        Assert.Equal(5, rules.Length);
        Assert.Empty(OutputScanner.Problems(site.Output, []));
        Assert.Contains("/actualit%C3%A9s/%C3%A9.html /news/2024/a/ 301", rules);
    }

    [Theory]
    [InlineData("/a b")]
    [InlineData("/a\nb")]
    [InlineData("/a\tb")]
    [InlineData("/a\rb")]
    [InlineData("/a\u2028b")]
    [InlineData("a")]
    [InlineData("")]
    public void Redirects_writer_refuses_a_path_that_would_add_a_field_or_a_line(string from)
    {
        Assert.Throws<ArgumentException>(() => RedirectsWriter.Write([new Redirect(from, "/news/2024/a/", "input/posts/a.md", 4)]));
        Assert.Throws<ArgumentException>(() => RedirectsWriter.Write([new Redirect("/old", from + "x", "input/posts/a.md", 4)]));
    }

    /// <summary>
    /// The site folder holds only what the test wrote, the output folder and the build cache: no staging leftovers,
    /// nothing beside them.
    /// </summary>
    private static void AssertNothingOutside(TestSite site) => SiteFolder.AssertOnlyInputOutputAndCache(site);
}
