using Annals.Web.Content;
using Xunit;

namespace Annals.Web.Tests.Content;

public sealed class PathRulesTests
{
    [Theory]
    [InlineData("osce-alliance-2024", true)]
    [InlineData("a", true)]
    [InlineData("2024", true)]
    [InlineData("../x", false)]
    [InlineData("a/b", false)]
    [InlineData("a b", false)]
    [InlineData("Capital", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a--b", false)]
    [InlineData(".hidden", false)]
    [InlineData("genève", false)]
    [InlineData("nul", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Slugs_are_lower_case_words_joined_by_single_hyphens(string? value, bool expected)
    {
        Assert.Equal(expected, SlugRules.IsSlug(value));
    }

    [Fact]
    public void Slugs_are_at_most_80_characters()
    {
        Assert.True(SlugRules.IsSlug(new string('a', 80)));
        Assert.False(SlugRules.IsSlug(new string('a', 81)));
    }

    [Theory]
    [InlineData("/news/old-url.html")]
    [InlineData("/2019/05/report")]
    [InlineData("/caf%C3%A9/")]
    [InlineData("/événement/")]
    public void Site_paths_are_valid_aliases(string alias)
    {
        Assert.Null(PathRules.CheckAlias(alias));
    }

    [Theory]
    [InlineData("old.html")]
    [InlineData("https://example.org/old")]
    [InlineData("//evil.example/x")]
    [InlineData("/a/../b")]
    [InlineData("/a/%2e%2e/b")]
    [InlineData("/a/./b")]
    [InlineData("/old path")]
    [InlineData("/old\tpath")]
    [InlineData("/old*")]
    [InlineData("/old?q=1")]
    [InlineData("/old#frag")]
    [InlineData("/:name")]
    [InlineData("/a\\b")]
    public void Aliases_that_are_not_plain_site_paths_are_refused(string alias)
    {
        Assert.NotNull(PathRules.CheckAlias(alias));
    }

    [Theory]
    [InlineData("https://www.osce.org/")]
    [InlineData("http://example.org/rec?x=1#t")]
    [InlineData("/events/")]
    public void Links_are_http_addresses_or_site_paths(string link)
    {
        Assert.Null(PathRules.CheckLink(link));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "'javascript:'")]
    [InlineData("JavaScript:alert(1)", "'JavaScript:'")]
    [InlineData("data:text/html,<script>", "'data:'")]
    [InlineData("vbscript:x", "'vbscript:'")]
    [InlineData("file:///etc/passwd", "'file:'")]
    [InlineData("ftp://example.org/x", "'ftp:'")]
    [InlineData("www.example.org", "https://")]
    [InlineData("events/", "https://")]
    [InlineData("//evil.example", "//")]
    [InlineData("https://exa mple.org", "spaces")]
    public void Other_links_are_refused_with_the_reason(string link, string reasonPart)
    {
        string? reason = PathRules.CheckLink(link);

        Assert.NotNull(reason);
        Assert.Contains(reasonPart, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assets/2024/hofburg.jpg", true)]
    [InlineData("/assets/2024/hofburg.jpg", true)]
    [InlineData("assets/../../secret.jpg", false)]
    [InlineData("https://example.org/x.jpg", false)]
    [InlineData("C:\\photos\\x.jpg", false)]
    [InlineData("assets\\x.jpg", false)]
    [InlineData("//cdn.example/x.jpg", false)]
    public void Image_paths_stay_inside_the_site(string path, bool ok)
    {
        Assert.Equal(ok, PathRules.CheckImagePath(path) is null);
    }
}
