using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;
using static Annals.Web.Tests.Content.ContentTestKit;

namespace Annals.Web.Tests.Content;

/// <summary>The <c>cms:</c> map of site.yml: the web editor's backend, repository and branch, or no editor at all.</summary>
public sealed class SiteSettingsCmsTests
{
    private const string SitePath = "input/site.yml";

    private readonly DiagnosticBag _bag = new();

    private SiteSettings? Site(params string[] cms) =>
        SiteSettingsReader.Read(SitePath, Lf(["title: T", "base_url: https://example.org", .. cms]), _bag);

    [Fact]
    public void A_site_without_a_cms_map_has_no_web_editor()
    {
        SiteSettings? site = Site();

        AssertClean(_bag);
        Assert.Null(site!.Cms);
    }

    [Fact]
    public void The_github_backend_on_main_is_the_default()
    {
        SiteSettings? site = Site("cms:", "  repo: example-org/news-site");

        AssertClean(_bag);
        Assert.Equal(new CmsSettings { Repo = "example-org/news-site" }, site!.Cms);
        Assert.True(site.Cms!.Enabled);
        Assert.Equal(CmsBackend.GitHub, site.Cms.Backend);
        Assert.Equal("main", site.Cms.Branch);
    }

    [Fact]
    public void Reads_every_setting()
    {
        SiteSettings? site = Site("cms:", "  backend: git-gateway", "  branch: publish/live", "  enabled: false");

        AssertClean(_bag);
        Assert.Equal(new CmsSettings { Backend = CmsBackend.GitGateway, Branch = "publish/live", Enabled = false }, site!.Cms);
    }

    [Theory]
    [InlineData("  backend: gitlab", "5:12")]
    [InlineData("  repo: https://github.com/example-org/site", "4:9")]
    [InlineData("  branch: ../main", "5:11")]
    public void A_value_the_editor_cannot_use_is_an_error_at_its_line(string line, string at)
    {
        string[] cms = line.StartsWith("  repo", StringComparison.Ordinal) ? ["cms:", line] : ["cms:", "  repo: example-org/site", line];
        Site(cms);

        AssertReported(_bag, $"{SitePath}:{at}: error {ContentCodes.InvalidCmsSetting}");
    }

    [Fact]
    public void The_github_backend_without_a_repository_is_an_error_at_the_cms_key()
    {
        Site("cms:", "  branch: main");

        Diagnostic error = Single(_bag);
        Assert.Equal(ContentCodes.InvalidCmsSetting, error.Code);
        Assert.Equal(3, error.Location!.Value.Line);
        Assert.Contains("repo: your-org/your-site", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enabled_must_be_true_or_false_and_unknown_keys_are_warnings()
    {
        Site("cms:", "  repo: example-org/site", "  enabled: yes", "  brnach: main");

        AssertReported(
            _bag,
            $"{SitePath}:5:12: error {ContentCodes.InvalidValue}",
            $"{SitePath}:6:3: warning {ContentCodes.UnknownKey}");
    }

    [Fact]
    public void A_cms_value_that_is_not_a_map_is_an_error()
    {
        Site("cms: github");

        Assert.Equal(ContentCodes.InvalidValue, Single(_bag).Code);
    }
}
