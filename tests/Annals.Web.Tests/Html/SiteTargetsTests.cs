using Annals.Web.Html;

namespace Annals.Web.Tests.Html;

public sealed class SiteTargetsTests
{
    private static readonly SiteTargets Targets = new(["index.html", "news/2024/report/index.html", "assets/2024/photo.jpg", "/feed.xml", "404.html"]);

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/news/2024/report/")]
    [InlineData("/news/2024/report")]
    [InlineData("/news/2024/report/index.html")]
    [InlineData("/assets/2024/photo.jpg")]
    [InlineData("/feed.xml")]
    [InlineData("/404.html")]
    public void An_address_the_site_answers_exists(string sitePath) => Assert.True(Targets.Exists(sitePath));

    [Theory]
    [InlineData("/news/2024/")]
    [InlineData("/news/2024/other/")]
    [InlineData("/news/2024/report/photo.jpg")]
    [InlineData("/assets/2024/photo.jpg/")]
    [InlineData("/assets/2024/photo")]
    [InlineData("news/2024/report/")]
    [InlineData("")]
    public void An_address_nothing_answers_does_not(string sitePath) => Assert.False(Targets.Exists(sitePath));

    [Fact]
    public void A_long_address_is_looked_up_too()
    {
        string folder = "/" + new string('a', 600) + "/";
        var targets = new SiteTargets([folder.TrimStart('/') + "index.html"]);

        Assert.True(targets.Exists(folder));
        Assert.True(targets.Exists(folder.TrimEnd('/')));
        Assert.False(targets.Exists(folder + "b/"));
    }
}
