using AngleSharp.Dom;
using Annals.Web.Rendering;
using Xunit;

namespace Annals.Web.Tests.Rendering;

/// <summary>Renders the repository's own <c>theme/</c> with sample models and reads the pages like a browser would.</summary>
public sealed class RealThemeTests
{
    private const string Csp = "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    [Fact]
    public void The_theme_compiles_with_every_layout_pages_need()
    {
        Assert.Equal(
            ["404", "archive", "base", "event", "events", "home", "post", "search", "series", "topic", "topics", "year"],
            RealTheme.Instance.Layouts);
    }

    /// <summary>The strict policy, naming the page's JSON-LD block (if any) by the SHA-256 of its exact text.</summary>
    private static string ExpectedCsp(IDocument page)
    {
        string? data = page.QuerySelector("script[type='application/ld+json']")?.TextContent;
        if (data is null)
        {
            return Csp;
        }

        string hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(data)));
        return Csp.Replace("script-src 'self';", $"script-src 'self' 'sha256-{hash}';", StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_page_is_a_complete_document()
    {
        PostView post = SampleModels.Post();
        IDocument page = Render("post", SampleModels.PostPage(post));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Report on the Vienna conference — Test Archive", page.Title);
        Assert.Equal("https://example.org/news/2024/report-on-the-vienna-conference/", page.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        Assert.Equal(ExpectedCsp(page), page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content"));
        Assert.Equal("utf-8", page.QuerySelector("meta[charset]")?.GetAttribute("charset"));
        Assert.NotNull(page.QuerySelector("meta[name='viewport']"));
        Assert.Equal("About Report on the Vienna conference", page.QuerySelector("meta[name='description']")?.GetAttribute("content"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.Equal("https://example.org/assets/2024/vienna.jpg", page.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
        Assert.Equal("/_theme/css/site.3f2a1c9e01.css", page.QuerySelector("link[rel='stylesheet']")?.GetAttribute("href"));

        IElement h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(post.Title, h1.TextContent.Trim());
        Assert.Equal("#main", page.QuerySelector("body > a")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#main article"));
        Assert.Equal("2024-04-18", page.QuerySelector("article time")?.GetAttribute("datetime"));
        Assert.Contains("<strong>attended</strong>", page.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_post_page_shows_the_event_image_delegation_topics_video_and_neighbours()
    {
        IDocument page = Render("post", SampleModels.PostPage(SampleModels.Post()));
        IElement article = page.QuerySelector("main article")!;

        Assert.Equal("/events/osce-alliance-2024/", article.QuerySelector(".event-box a")?.GetAttribute("href"));
        Assert.Contains("15–16 April 2024", article.QuerySelector(".event-box")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vienna", article.QuerySelector(".event-box")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The conference hall in Vienna", article.QuerySelector("figure img")?.GetAttribute("alt"));
        Assert.Contains("The opening session.", article.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Example Organization", article.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Ana Silva, Head of delegation", "Jon Berg"], article.QuerySelectorAll(".post-delegation li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["/topics/human-trafficking/", "/topics/osce/"], article.QuerySelectorAll(".post-topics a").Select(a => a.GetAttribute("href")));
        Assert.Equal("https://video.example.org/watch/123", article.QuerySelector(".post-video a")?.GetAttribute("href"));
        Assert.Equal("/news/2024/statement-in-geneve/", page.QuerySelector("a[rel='prev']")?.GetAttribute("href"));
        Assert.Equal("/news/2024/newer-item/", page.QuerySelector("a[rel='next']")?.GetAttribute("href"));
    }

    [Fact]
    public void A_post_with_only_the_required_fields_renders()
    {
        PostView post = SampleModels.Post() with
        {
            Topics = [],
            Event = null,
            Delegation = [],
            Image = null,
            Video = null,
            Location = null,
            Previous = null,
            Next = null,
        };

        IDocument page = Render("post", SampleModels.PostPage(post));

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Null(page.QuerySelector("figure, .event-box, .post-delegation, .post-topics, .post-nav, .post-video"));
    }

    [Fact]
    public void Navigation_breadcrumbs_and_search_are_there_and_labelled()
    {
        IDocument page = Render("post", SampleModels.PostPage(SampleModels.Post()));

        IElement nav = page.QuerySelector("nav[aria-label='Main']")!;
        Assert.Equal(["/archive/", "/events/", "/topics/"], nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/archive/", Assert.Single(nav.QuerySelectorAll("a[aria-current='page']")).GetAttribute("href"));

        IElement[] crumbs = [.. page.QuerySelectorAll("nav[aria-label='Breadcrumb'] ol > li")];
        Assert.Equal(["Home", "Archive", "2024", "Report on the Vienna conference"], crumbs.Select(li => li.TextContent.Trim()));
        Assert.Equal("page", crumbs[^1].QuerySelector("a")?.GetAttribute("aria-current"));

        IElement form = page.QuerySelector("form[role='search']")!;
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        IElement input = form.QuerySelector("input[name='q']")!;
        Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));

        IElement footer = page.QuerySelector("footer")!;
        Assert.Contains("Example Organization", footer.TextContent, StringComparison.Ordinal);
        Assert.NotNull(footer.QuerySelector("a[href='/feed.xml']"));
    }

    [Fact]
    public void No_inline_script_or_style_anywhere()
    {
        foreach (IDocument page in new[] { Render("post", SampleModels.PostPage(SampleModels.Post())), Render("home", SampleModels.HomePage(2, 3)) })
        {
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));

            // The one inline script element allowed is a JSON-LD data block: never run, JSON, nothing that could end it.
            IElement data = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
            Assert.Null(data.GetAttribute("src"));
            Assert.DoesNotContain("<", data.TextContent, StringComparison.Ordinal);
            using var json = System.Text.Json.JsonDocument.Parse(data.TextContent);
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_title_with_a_script_is_escaped_everywhere()
    {
        const string Title = "<script>alert(1)</script>";
        PostView post = SampleModels.Post(Title);

        string html = RealTheme.Html("post", SampleModels.PostPage(post));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        IDocument page = RealTheme.Render("post", SampleModels.PostPage(post));
        Assert.Equal(Title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(Title, page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
    }

    [Fact]
    public void The_first_home_page_lists_items_and_links_to_the_next()
    {
        IDocument page = Render("home", SampleModels.HomePage(1, 3));

        Assert.Equal("Test Archive", page.Title);
        Assert.Equal("Test Archive", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        string[] items = [.. page.QuerySelectorAll("main .item-title a").Select(a => a.GetAttribute("href")!)];
        Assert.Equal(["/news/2024/report-1/", "/news/2024/report-2/", "/news/2024/report-3/"], items);
        Assert.Equal("2024-04-18", page.QuerySelector(".item-summary time")?.GetAttribute("datetime"));
        Assert.Equal("/page/2/", page.QuerySelector("nav.pager a[rel='next']")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("a[rel='prev']"));
        Assert.Equal("/", page.QuerySelector("nav.pager a[aria-current='page']")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("nav[aria-label='Breadcrumb']"));
        Assert.Equal("website", page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
    }

    [Fact]
    public void A_later_home_page_says_which_page_it_is()
    {
        IDocument page = Render("home", SampleModels.HomePage(2, 3));

        Assert.Equal("Latest news — page 2", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Equal("Latest news, page 2 — Test Archive", page.Title);
        Assert.Equal("/", page.QuerySelector("a[rel='prev']")?.GetAttribute("href"));
        Assert.Equal("/page/3/", page.QuerySelector("a[rel='next']")?.GetAttribute("href"));
        Assert.Equal("/page/2/", page.QuerySelector("nav.pager a[aria-current='page']")?.GetAttribute("href"));
    }

    [Fact]
    public void A_long_pager_shows_the_ends_and_the_pages_near_the_current_one()
    {
        IDocument page = Render("home", SampleModels.HomePage(25, 50, itemCount: 1));

        string[] numbers = [.. page.QuerySelectorAll("nav.pager li a:not([rel])").Select(a => a.TextContent.Replace("Page", string.Empty, StringComparison.Ordinal).Trim())];
        Assert.Equal(["1", "23", "24", "25", "26", "27", "50"], numbers);
        Assert.Equal(2, page.QuerySelectorAll("nav.pager .pager-gap").Length);
    }

    [Fact]
    public void A_home_page_on_one_page_has_no_pager()
    {
        IDocument page = Render("home", SampleModels.HomePage(1, 1));

        Assert.Null(page.QuerySelector("nav.pager"));
        Assert.Equal(3, page.QuerySelectorAll("main li.item-summary").Length);
    }

    private static IDocument Render(string layout, PageModel model) => RealTheme.Render(layout, model);
}
