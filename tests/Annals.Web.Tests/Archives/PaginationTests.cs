using Annals.Web.Archives;

namespace Annals.Web.Tests.Archives;

public sealed class PaginationTests
{
    [Fact]
    public void Items_are_split_in_order_with_a_short_last_page()
    {
        int[] items = [.. Enumerable.Range(1, 45)];

        var pages = Pagination.Split(items, 20, "/topics/peace/");

        Assert.Equal([1, 2, 3], pages.Select(p => p.Number));
        Assert.All(pages, p => Assert.Equal(3, p.TotalPages));
        Assert.Equal(["/topics/peace/", "/topics/peace/page/2/", "/topics/peace/page/3/"], pages.Select(p => p.Url));
        Assert.Equal(Enumerable.Range(1, 20), pages[0].Items);
        Assert.Equal(Enumerable.Range(21, 20), pages[1].Items);
        Assert.Equal(Enumerable.Range(41, 5), pages[2].Items);
    }

    [Fact]
    public void A_list_that_fills_its_pages_exactly_has_no_empty_page_after_them()
    {
        var pages = Pagination.Split([.. Enumerable.Range(1, 40)], 20, "/");

        Assert.Equal(2, pages.Length);
        Assert.Equal(Enumerable.Range(21, 20), pages[1].Items);
    }

    [Fact]
    public void An_empty_list_still_has_its_first_page()
    {
        var page = Assert.Single(Pagination.Split(Array.Empty<string>(), 20, "/news/2024/"));

        Assert.Equal("/news/2024/", page.Url);
        Assert.Empty(page.Items);
        Assert.Equal(1, page.TotalPages);
    }
}
