using System.Text;
using Annals.Web.Building;
using Annals.Web.Preview;

namespace Annals.Web.Tests.Preview;

public sealed class PreviewRouterTests
{
    private static readonly SiteSnapshot Site = new(
        new Dictionary<string, SiteFile>(StringComparer.Ordinal)
        {
            ["index.html"] = SiteFile.FromBytes("home"u8.ToArray()),
            ["news/2024/x/index.html"] = SiteFile.FromBytes("x"u8.ToArray()),
            ["about.html"] = SiteFile.FromBytes("about"u8.ToArray()),
            ["404.html"] = SiteFile.FromBytes("missing"u8.ToArray()),
            ["assets/photo été.jpg"] = SiteFile.FromBytes(new byte[] { 1, 2 }),
        },
        1);

    private static readonly RedirectRules Rules = RedirectRules.Parse("# aliases\n/old/x.html /news/2024/x/ 301\n/temp /news/2024/x/ 302\n");

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/news/2024/x/", "news/2024/x/index.html")]
    [InlineData("/about", "about.html")]
    [InlineData("/assets/photo%20%C3%A9t%C3%A9.jpg", "assets/photo été.jpg")]
    public void Paths_find_their_files(string path, string file) =>
        Assert.Equal(Route.File(file), PreviewRouter.Resolve(Site, path, Rules));

    [Fact]
    public void A_folder_without_its_slash_redirects_to_it() =>
        Assert.Equal(Route.Redirect("/news/2024/x/", 301), PreviewRouter.Resolve(Site, "/news/2024/x", Rules));

    [Theory]
    [InlineData("/old/x.html", 301)]
    [InlineData("/temp/", 302)]
    public void Redirect_rules_apply_where_no_file_answers(string path, int status) =>
        Assert.Equal(Route.Redirect("/news/2024/x/", status), PreviewRouter.Resolve(Site, path, Rules));

    [Fact]
    public void Anything_else_is_the_404_page() =>
        Assert.Equal(Route.NotFound("404.html"), PreviewRouter.Resolve(Site, "/nowhere/", Rules));

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/news/%2e%2e/%2E%2E/input/site.yml")]
    [InlineData("/news/./x/")]
    [InlineData("/..%5Csecret")]
    [InlineData("//evil.example/")]
    [InlineData("/a%00b")]
    [InlineData("relative")]
    public void Paths_that_could_leave_the_site_are_refused(string path) =>
        Assert.Equal(RouteKind.Refused, PreviewRouter.Resolve(Site, path, Rules).Kind);

    [Fact]
    public void The_script_goes_before_the_last_closing_body_tag()
    {
        byte[] page = LiveReloadScript.Inject("<html><body><p>x</p></BODY></html>"u8);

        Assert.Equal($"<html><body><p>x</p><script src=\"{LiveReloadScript.ScriptPath}\" defer></script>\n</BODY></html>", Encoding.UTF8.GetString(page));
    }
}
