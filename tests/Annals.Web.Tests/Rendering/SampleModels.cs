using System.Collections.Immutable;
using Annals.Web.Rendering;

namespace Annals.Web.Tests.Rendering;

/// <summary>View models as the page mapper would make them, for rendering tests.</summary>
internal static class SampleModels
{
    public static SiteView Site { get; } = new(
        "Test Archive",
        "https://example.org",
        "en",
        "News of the delegation at international conferences.",
        "Example Organization",
        [new NavItem("Archive", "/archive/"), new NavItem("Events", "/events/"), new NavItem("Topics", "/topics/")]);

    public static AssetUrls Assets { get; } = new("/_theme/css/site.3f2a1c9e01.css", null);

    public static PageModel Page(string title, string url, string kind, params Crumb[] trail)
    {
        ImmutableArray<Crumb> breadcrumbs = trail.Length == 0 ? [] : [new Crumb("Home", "/"), .. trail];
        return new(Site, new PageInfo(title, url, "https://example.org" + url, $"About {title}", kind, breadcrumbs) { Nav = new PageNav(Site.Nav).For(url, breadcrumbs) }, Assets);
    }

    public static EventLink Event { get; } = new("OSCE Alliance 2024", "/events/osce-alliance-2024/", "15–16 April 2024", "Vienna");

    public static ImmutableArray<TopicLink> Topics { get; } =
        [new TopicLink("Human trafficking", "/topics/human-trafficking/"), new TopicLink("OSCE", "/topics/osce/")];

    public static ItemSummary Summary(int n) => new(
        $"Report {n}",
        $"/news/2024/report-{n}/",
        "2024-04-18",
        "18 April 2024",
        $"Summary of report {n}.",
        "Report",
        Topics,
        n % 2 == 0 ? Event : null);

    public static PostView Post(string title = "Report on the Vienna conference") => new(
        title,
        "/news/2024/report-on-the-vienna-conference/",
        "2024-04-18",
        "18 April 2024",
        "The delegation attended.",
        "Report",
        Topics,
        Event,
        new RawHtml("<p>The delegation <strong>attended</strong> the conference.</p>"),
        [new DelegateView("Ana Silva", "Head of delegation"), new DelegateView("Jon Berg", null)],
        new ImageView("/assets/2024/vienna.jpg", "The conference hall in Vienna", "The opening session.", "Example Organization"),
        "https://video.example.org/watch/123",
        "Vienna",
        new ItemLink("Statement in Genève", "/news/2024/statement-in-geneve/"),
        new ItemLink("Newer item", "/news/2024/newer-item/"));

    public static PageModel PostPage(PostView post) =>
        Page(post.Title, post.Url, "post", new Crumb("Archive", "/archive/"), new Crumb("2024", "/archive/2024/"), new Crumb(post.Title, post.Url)) with
        {
            Item = post,
        };

    public static Pager Pager(int page, int total, string first = "/")
    {
        string UrlOf(int n) => n == 1 ? first : $"{first}page/{n}/";
        return Annals.Web.Rendering.Pager.For(page, total, UrlOf);
    }

    public static PageModel HomePage(int page, int total, int itemCount = 3)
    {
        string url = page == 1 ? "/" : $"/page/{page}/";
        string title = page == 1 ? Site.Title : $"Latest news, page {page}";
        PageModel model = page == 1 ? Page(title, url, "home") : Page(title, url, "home", new Crumb(title, url));
        return model with
        {
            Items = [.. Enumerable.Range(1, itemCount).Select(Summary)],
            Pager = total > 1 ? Pager(page, total) : null,
        };
    }
}
