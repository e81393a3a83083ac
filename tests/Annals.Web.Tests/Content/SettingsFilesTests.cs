using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;
using Xunit;
using static Annals.Web.Tests.Content.ContentTestKit;

namespace Annals.Web.Tests.Content;

/// <summary>site.yml, topics.yml and series.yml.</summary>
public sealed class SettingsFilesTests
{
    private const string SitePath = "input/site.yml";

    private readonly DiagnosticBag _bag = new();

    private SiteSettings? Site(params string[] lines) => SiteSettingsReader.Read(SitePath, Lf(lines), _bag);

    [Fact]
    public void Reads_site_settings()
    {
        SiteSettings? site = Site(
            "title: News of the Order",
            "base_url: https://news.example.org/",
            "language: fr-CH",
            "description: Delegation reports",
            "organization: The Order",
            "posts_per_page: 12",
            "nav:",
            "  - title: Home",
            "    url: /",
            "  - title: OSCE",
            "    url: https://www.osce.org/",
            "video_hosts: [www.YouTube-nocookie.com]");

        AssertClean(_bag);
        Assert.NotNull(site);
        Assert.Equal("News of the Order", site.Title);
        Assert.Equal("https://news.example.org", site.BaseUrl);
        Assert.Equal("fr-CH", site.Language);
        Assert.Equal("Delegation reports", site.Description);
        Assert.Equal("The Order", site.Organization);
        Assert.Equal(12, site.PostsPerPage);
        Assert.Equal([new NavLink("Home", "/"), new NavLink("OSCE", "https://www.osce.org/")], site.Nav);
        Assert.Equal(["www.youtube-nocookie.com"], site.VideoHosts);
    }

    [Fact]
    public void Defaults_apply()
    {
        SiteSettings? site = Site("title: T", "base_url: https://example.org");

        AssertClean(_bag);
        Assert.Equal("en", site!.Language);
        Assert.Equal(10, site.PostsPerPage);
        Assert.Equal(["/", "/events/", "/archive/", "/topics/", "/search/"], site.Nav.Select(n => n.Url));
        Assert.Equal(["News", "Events", "Archive", "Topics", "Search"], site.Nav.Select(n => n.Title));
        Assert.Equal(["youtube.com", "www.youtube-nocookie.com", "player.vimeo.com"], site.VideoHosts);
    }

    [Theory]
    [InlineData("https://example.org/", "https://example.org")]
    [InlineData("https://example.org", "https://example.org")]
    [InlineData("https://Example.ORG/annals/", "https://example.org/annals")]
    [InlineData("http://localhost:8080/", "http://localhost:8080")]
    public void Base_url_is_normalized_without_trailing_slash(string written, string expected)
    {
        Assert.Equal(expected, Site("title: T", "base_url: " + written)!.BaseUrl);
    }

    [Theory]
    [InlineData("example.org")]
    [InlineData("/news/")]
    [InlineData("ftp://example.org")]
    [InlineData("https://example.org/?x=1")]
    [InlineData("javascript:alert(1)")]
    public void A_base_url_that_is_not_absolute_http_is_an_error(string written)
    {
        Assert.Null(Site("title: T", "base_url: " + written));

        AssertReported(_bag, "input/site.yml:2:11: error AN0402");
    }

    [Fact]
    public void Title_and_base_url_are_required()
    {
        Assert.Null(Site("language: en"));

        AssertReported(_bag, "input/site.yml: error AN0111", "input/site.yml: error AN0111");
    }

    [Fact]
    public void Every_bad_optional_value_is_reported_and_defaults_are_kept()
    {
        SiteSettings? site = Site(
            "title: T",
            "base_url: https://example.org",
            "language: English",
            "posts_per_page: 0",
            "nav:",
            "  - title: Bad",
            "    url: javascript:alert(1)",
            "  - Events",
            "  - url: /x/",
            "video_hosts: [https://vimeo.com/]",
            "colour: blue");

        Assert.NotNull(site);
        AssertReported(
            _bag,
            "input/site.yml:3:11: error AN0403",
            "input/site.yml:4:17: error AN0104",
            "input/site.yml:7:10: error AN0112",
            "input/site.yml:8:5: error AN0104",
            "input/site.yml:9:5: error AN0111",
            "input/site.yml:10:15: error AN0406",
            "input/site.yml:11:1: warning AN0108");
        Assert.Equal("en", site.Language);
        Assert.Equal(10, site.PostsPerPage);
        Assert.Empty(site.Nav);
        Assert.Empty(site.VideoHosts);
    }

    [Fact]
    public void Posts_per_page_in_quotes_is_refused()
    {
        Site("title: T", "base_url: https://example.org", "posts_per_page: \"10\"");

        AssertReported(_bag, "input/site.yml:3:17: error AN0104");
    }

    [Fact]
    public void Reads_topics()
    {
        ImmutableArray<TopicInfo> topics = TopicsFileReader.Read(
            "input/topics.yml",
            Lf("human-trafficking:", "  name: Human trafficking", "  description: Trafficking in persons.", "osce: OSCE"),
            _bag);

        AssertClean(_bag);
        Assert.Equal([new TopicInfo("human-trafficking", "Human trafficking", "Trafficking in persons."), new TopicInfo("osce", "OSCE", null)], topics);
    }

    [Fact]
    public void Topic_problems_are_reported_at_their_lines()
    {
        ImmutableArray<TopicInfo> topics = TopicsFileReader.Read(
            "input/topics.yml",
            Lf("Human trafficking:", "  name: Human trafficking", "osce:", "  description: x", "un:", "ok: Fine", "ok: Twice"),
            _bag);

        Assert.Equal([new TopicInfo("ok", "Fine", null)], topics);
        AssertReported(
            _bag,
            "input/topics.yml:1:1: error AN0404",
            "input/topics.yml:3:1: error AN0111",
            "input/topics.yml:5:1: error AN0111",
            "input/topics.yml:7:1: error AN0106");
        Assert.Contains("human-trafficking", _bag.ToSortedList()[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_topics_file_has_no_topics()
    {
        Assert.Empty(TopicsFileReader.Read("input/topics.yml", [], _bag));
        AssertClean(_bag);
    }

    [Fact]
    public void Reads_series_with_optional_names()
    {
        ImmutableArray<SeriesInfo> series = SeriesFileReader.Read(
            "input/series.yml",
            Lf("osce-alliance:", "  name: Alliance against Trafficking in Persons", "  description: Yearly.", "un-forum:", "hrc: Human Rights Council", "Bad Id:"),
            _bag);

        Assert.Equal(
            [new SeriesInfo("osce-alliance", "Alliance against Trafficking in Persons", "Yearly."), new SeriesInfo("un-forum", null, null), new SeriesInfo("hrc", "Human Rights Council", null)],
            series);
        AssertReported(_bag, "input/series.yml:6:1: error AN0405");
    }
}
