using Annals.Web.Tests.Integration;
using Xunit;

namespace Annals.Web.Tests.Rendering;

/// <summary>The theme's stylesheet keeps the promises of the design: no third-party requests, dark mode, print, focus.</summary>
public sealed class SiteCssTests
{
    private static readonly string Css = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "theme", "assets", "css", "site.css"));

    [Theory]
    [InlineData("@import")]
    [InlineData("@font-face")]
    [InlineData("url(")]
    [InlineData("http://")]
    [InlineData("https://")]
    public void It_requests_nothing_from_elsewhere(string forbidden)
    {
        Assert.DoesNotContain(forbidden, Css, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("@media (prefers-color-scheme: dark)")]
    [InlineData("@media print")]
    [InlineData(":focus-visible")]
    [InlineData(".visually-hidden")]
    [InlineData(".skip-link:focus")]
    [InlineData("system-ui")]
    public void It_has(string rule)
    {
        Assert.Contains(rule, Css, StringComparison.Ordinal);
    }
}
