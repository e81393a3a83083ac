using System.Collections.Immutable;
using Annals.Web.Rendering;

namespace Annals.Web.Tests.Rendering;

public sealed class PageNavTests
{
    private static readonly ImmutableArray<NavItem> Links =
        [new NavItem("Home", "/"), new NavItem("Archive", "/archive/"), new NavItem("Events", "/events/"), new NavItem("Topics", "/topics/")];

    [Theory]
    [InlineData("/", "Home")]
    [InlineData("/archive/", "Archive")]
    [InlineData("/archive/2024/", "Archive")]
    [InlineData("/topics/human-trafficking/page/2/", "Topics")]
    [InlineData("/search/", null)]
    [InlineData("/page/2/", null)]
    public void A_link_is_current_on_its_page_and_below_it_and_home_only_on_the_home_page(string url, string? current)
    {
        var nav = new PageNav(Links).For(url, []);

        Assert.Equal(current is null ? [] : [current], nav.Where(l => l.IsCurrent).Select(l => l.Title));
        Assert.Equal(Links.Select(l => l.Url), nav.Select(l => l.Url));
    }

    [Fact]
    public void A_page_whose_breadcrumbs_pass_through_a_section_is_in_it()
    {
        ImmutableArray<Crumb> crumbs = [new Crumb("Home", "/"), new Crumb("Events", "/events/"), new Crumb("OSCE 2024", "/osce-2024/")];

        var nav = new PageNav(Links).For("/osce-2024/", crumbs);

        Assert.Equal(["Events"], nav.Where(l => l.IsCurrent).Select(l => l.Title));
    }

    [Fact]
    public void Pages_of_one_section_share_one_list()
    {
        var pages = new PageNav(Links);

        Assert.Equal(pages.For("/archive/2023/", []), pages.For("/archive/2024/", []));
        Assert.True(pages.For("/archive/2023/", []) == pages.For("/archive/2024/", []));
        Assert.False(pages.For("/archive/2023/", []) == pages.For("/topics/", []));
    }

    [Fact]
    public void A_navigation_of_more_than_64_links_is_marked_as_well()
    {
        ImmutableArray<NavItem> many = [.. Enumerable.Range(0, 70).Select(i => new NavItem($"Section {i}", $"/section-{i}/"))];

        var nav = new PageNav(many).For("/section-66/2024/", []);

        Assert.Equal(70, nav.Length);
        Assert.Equal(["Section 66"], nav.Where(l => l.IsCurrent).Select(l => l.Title));
    }
}
