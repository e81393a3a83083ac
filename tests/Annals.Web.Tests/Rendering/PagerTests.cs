using Annals.Web.Rendering;

namespace Annals.Web.Tests.Rendering;

public sealed class PagerTests
{
    private static string UrlOf(int n) => n == 1 ? "/" : $"/page/{n}/";

    [Fact]
    public void A_long_list_links_only_the_ends_and_the_pages_near_the_current_one()
    {
        Pager pager = Pager.For(500, 1000, UrlOf);

        Assert.Equal([1, 498, 499, 500, 501, 502, 1000], pager.Pages.Select(p => p.Number));
        Assert.Equal([498, 1000], pager.Pages.Where(p => p.GapBefore).Select(p => p.Number));
        Assert.Equal("/page/500/", Assert.Single(pager.Pages, p => p.IsCurrent).Url);
        Assert.Equal("/page/499/", pager.PreviousUrl);
        Assert.Equal("/page/501/", pager.NextUrl);
    }

    [Fact]
    public void Near_the_start_there_is_no_gap_and_no_previous_page()
    {
        Pager pager = Pager.For(1, 4, UrlOf);

        Assert.Equal([1, 2, 3, 4], pager.Pages.Select(p => p.Number));
        Assert.DoesNotContain(pager.Pages, p => p.GapBefore);
        Assert.Null(pager.PreviousUrl);
        Assert.Equal("/page/2/", pager.NextUrl);
    }
}
