using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Dom;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Search;

public sealed class SearchIndexBuildTests
{
    private static TestSite Site()
    {
        var site = new TestSite();
        site.AddPost("input/posts/2023/a.md", "Statement in Genève", "2023-01-02", "topics: [Human rights]\n", "The delegation spoke at the Palais des Nations.");
        site.AddPost(
            "input/posts/2024/b.md",
            "Report on the Vienna conference",
            "2024-04-18",
            "topics: [Human trafficking, OSCE]\nevent: osce-alliance-2024\ndelegation:\n  - name: Michel Veuthey\n",
            "The delegation **attended** the Alliance conference on long-term prevention.");
        site.AddPost("input/posts/2024/c.md", "Secret plans", "2024-05-01", "draft: true\n", "A zanzibarian word only drafts use.");
        site.Add("input/events/osce-alliance-2024.md", "---\nname: Alliance against Trafficking in Persons\norganizer: OSCE\nstart: 2024-04-15\nlocation: Hofburg, Vienna\n---\nThe yearly conference.\n");
        return site;
    }

    private static async Task<TestSite> BuiltSite()
    {
        TestSite site = Site();
        await site.BuildAsync();
        Assert.True(site.LastReport!.Succeeded, string.Join("\n", site.Messages));
        return site;
    }

    [Fact]
    public async Task Every_file_but_the_manifest_is_named_after_its_content()
    {
        using TestSite site = await BuiltSite();
        string search = Path.Combine(site.Output, "search");
        var index = new BuiltIndex(site.Output);

        string[] named =
        [
            .. index.Manifest.GetProperty("shardFiles").EnumerateArray().Select(h => $"terms/{h.GetString()}.json"),
            .. index.Manifest.GetProperty("fragmentFiles").EnumerateArray().Select(h => $"fragments/{h.GetString()}.json"),
            $"events.{index.Manifest.GetProperty("events").GetString()}.json",
        ];
        foreach (string file in named)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(search, file));
            string hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            Assert.Contains($"{hash}.json", file, StringComparison.Ordinal);
        }

        string[] written = [.. Directory.EnumerateFiles(search, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(search, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
        Assert.Equal([.. named.Append("manifest.json").Append("index.html").Order(StringComparer.Ordinal)], written);
    }

    [Fact]
    public async Task The_same_input_gives_byte_identical_index_files()
    {
        using TestSite first = await BuiltSite();
        using TestSite second = await BuiltSite();

        string[] Files(TestSite site) => [.. Directory.EnumerateFiles(Path.Combine(site.Output, "search"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f))
            .Order(StringComparer.Ordinal)];

        Assert.Equal(Files(first), Files(second));
        foreach (string file in Files(first))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Output, file)), File.ReadAllBytes(Path.Combine(second.Output, file)));
        }
    }

    [Fact]
    public async Task Drafts_are_never_indexed_unless_the_build_publishes_them()
    {
        using TestSite site = await BuiltSite();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(site.Output, "search"), "*.json", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file);
            Assert.DoesNotContain("zanzibarian", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Secret plans", text, StringComparison.Ordinal);
        }

        Assert.Empty(new BuiltIndex(site.Output).Find("zanzibarian"));

        await site.BuildAsync(o => o with { IncludeDrafts = true });
        Assert.Equal(["/news/2024/secret-plans/"], new BuiltIndex(site.Output).Find("zanzibarian"));
    }

    [Fact]
    public async Task Words_are_found_in_every_field_folded()
    {
        using TestSite site = await BuiltSite();
        var index = new BuiltIndex(site.Output);

        Assert.Equal(["/news/2023/statement-in-geneve/"], index.Find("GENEVE"));
        Assert.Equal(["/news/2024/report-on-the-vienna-conference/"], index.Find("Veuthey"));
        Assert.Equal(["/news/2024/report-on-the-vienna-conference/"], index.Find("longterm"));
        Assert.Equal(["/news/2023/statement-in-geneve/"], index.Find("rights"));

        // The event's name is the event page's title and only a detail of the report: the event ranks first.
        Assert.Equal(["/events/osce-alliance-2024/", "/news/2024/report-on-the-vienna-conference/"], index.Find("persons"));
        Assert.Contains("/events/osce-alliance-2024/", index.Find("hofburg"));
    }

    [Fact]
    public async Task Filters_are_terms_and_the_manifest_counts_them()
    {
        using TestSite site = await BuiltSite();
        var index = new BuiltIndex(site.Output);

        Assert.Equal(2, index.Postings("#y:2024").Documents.Count);
        Assert.Single(index.Postings("#y:2023").Documents);
        Assert.Equal(2, index.Postings("#e:osce-alliance-2024").Documents.Count);
        Assert.Equal("Report on the Vienna conference", index.Fragment(index.Postings("#t:osce").Documents.Single()).GetProperty("t").GetString());

        Assert.Equal("[[2024,2],[2023,1]]", index.Manifest.GetProperty("years").GetRawText());
        Assert.Equal(
            "[[\"human-rights\",\"Human rights\",1],[\"human-trafficking\",\"Human trafficking\",1],[\"osce\",\"OSCE\",1]]",
            index.Manifest.GetProperty("topics").GetRawText());
        Assert.Equal(3, index.Manifest.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task A_fragment_holds_what_a_result_shows()
    {
        using TestSite site = await BuiltSite();
        var index = new BuiltIndex(site.Output);

        JsonElement report = index.Fragment(index.Postings("veuthey").Documents.Single());
        Assert.Equal("/news/2024/report-on-the-vienna-conference/", report.GetProperty("u").GetString());
        Assert.Equal("2024-04-18", report.GetProperty("d").GetString());
        Assert.Equal("18 April 2024", report.GetProperty("w").GetString());
        Assert.Equal("Report", report.GetProperty("k").GetString());
        Assert.Equal("Alliance against Trafficking in Persons", report.GetProperty("e").GetString());
        Assert.Equal("[1,2]", report.GetProperty("p").GetRawText());
        Assert.StartsWith("The delegation attended", report.GetProperty("x").GetString(), StringComparison.Ordinal);

        JsonElement conference = index.Postings("hofburg").Documents.Select(index.Fragment)
            .Single(f => f.GetProperty("u").GetString() == "/events/osce-alliance-2024/");
        Assert.Equal("Event", conference.GetProperty("k").GetString());
        Assert.Equal("15 April 2024", conference.GetProperty("w").GetString());
        Assert.False(conference.TryGetProperty("e", out _));
    }

    [Fact]
    public async Task A_site_with_nothing_published_gets_an_empty_index_the_client_can_read()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/a.md", "Not yet", "2024-01-02", "draft: true\n");

        await site.BuildAsync();

        Assert.True(site.LastReport!.Succeeded, string.Join("\n", site.Messages));
        var index = new BuiltIndex(site.Output);
        Assert.Equal(0, index.Manifest.GetProperty("documents").GetInt32());
        Assert.Equal("[\"\"]", index.Manifest.GetProperty("shards").GetRawText());
        Assert.Empty(index.Shard(0));
        Assert.Equal(0, index.Manifest.GetProperty("fragmentFiles").GetArrayLength());
    }

    [Fact]
    public async Task The_search_page_has_the_form_the_results_the_live_region_and_a_way_to_browse_without_javascript()
    {
        using TestSite site = await BuiltSite();
        IDocument page = site.Html("search/index.html");

        IElement form = page.QuerySelector("form#search-form")!;
        Assert.True(form.HasAttribute("hidden"));
        Assert.Equal("/search/manifest.json", form.GetAttribute("data-index"));
        Assert.NotNull(form.QuerySelector("input#search-q[name='q']"));
        Assert.NotNull(form.QuerySelector("select#search-year[name='year']"));
        Assert.NotNull(form.QuerySelector("select#search-topic[name='topic']"));
        Assert.NotNull(form.QuerySelector("select#search-event[name='event']"));
        Assert.NotNull(page.QuerySelector("#search-results"));
        Assert.Equal("status", page.QuerySelector("#search-status")!.GetAttribute("role"));
        Assert.Null(page.QuerySelector("noscript"));

        string[] browse = [.. page.QuerySelectorAll("#search-nojs a").Select(a => a.GetAttribute("href")!)];
        Assert.Contains("/archive/2024/", browse);
        Assert.Contains("/topics/osce/", browse);
        Assert.Contains("/events/", browse);

        IElement script = page.QuerySelector("script[type='module']")!;
        Assert.Matches(@"^/_theme/js/search\.[0-9a-f]{10}\.js$", script.GetAttribute("src")!);
        Assert.Null(site.Html("index.html").QuerySelector("script[src]"));
    }
}
