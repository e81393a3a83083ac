using AngleSharp.Dom;
using Annals.Web.Cms;
using Annals.Web.Content;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Cms;

/// <summary>
/// The build's <c>/admin/</c>: written only when site.yml asks for it, loading the pinned Decap script with its
/// integrity hash, with a policy that allows what Decap needs on that page and nowhere else.
/// </summary>
public sealed class AdminPageTests
{
    private const string CmsSettings = "title: Test Archive\nbase_url: https://example.org\nlanguage: en\ncms:\n  repo: example-org/site\n";

    [Fact]
    public async Task A_site_without_a_cms_map_publishes_no_editor()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/2024/a.md", "A report", "2024-04-18");

        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "admin")));
    }

    [Fact]
    public async Task Enabled_false_publishes_no_editor()
    {
        using var site = new TestSite(withDefaultSettings: false);
        site.Add("input/site.yml", CmsSettings + "  enabled: false\n").AddPost("input/posts/2024/a.md", "A report", "2024-04-18");

        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "admin")));
    }

    [Fact]
    public async Task The_editor_loads_the_pinned_decap_with_its_integrity_then_the_sites_glue()
    {
        using var site = await BuildAsync();
        IDocument page = site.Html("admin/index.html");

        IElement[] scripts = [.. page.QuerySelectorAll("script")];
        Assert.Equal(2, scripts.Length);
        Assert.Equal(DecapBundle.CdnUrl, scripts[0].GetAttribute("src"));
        Assert.Equal(DecapBundle.Integrity, scripts[0].GetAttribute("integrity"));
        Assert.Equal("anonymous", scripts[0].GetAttribute("crossorigin"));
        Assert.Equal(AdminPage.GlueScript, scripts[1].GetAttribute("src"));
        Assert.All(scripts, s => Assert.Empty(s.TextContent));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("config.yml", page.QuerySelector("link[rel=cms-config-url]")!.GetAttribute("href"));

        // The preview pane is styled with the stylesheet the site's pages use.
        string stylesheet = site.Html("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Equal(stylesheet, scripts[1].GetAttribute("data-preview-css"));
        Assert.True(site.Exists("admin/config.yml"));
        Assert.Equal(AdminScript.Content.ToArray(), File.ReadAllBytes(Path.Combine(site.Output, "admin", AdminPage.GlueScript)));
    }

    [Fact]
    public async Task Only_the_editor_page_allows_eval_inline_styles_and_the_cdn()
    {
        using var site = await BuildAsync();
        string admin = Policy(site.Html("admin/index.html"));

        Assert.Equal(AdminPolicy.For(CmsBackend.GitHub, localScript: false), admin);
        Assert.Contains("script-src 'self' 'unsafe-eval' https://cdn.jsdelivr.net;", admin, StringComparison.Ordinal);
        Assert.Contains("style-src 'self' 'unsafe-inline';", admin, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://cdn.jsdelivr.net https://api.github.com;", admin, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", admin, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", admin.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);

        foreach (string file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}admin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            string policy = Policy(site.Html(Path.GetRelativePath(site.Output, file)));
            Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
            Assert.DoesNotContain(DecapBundle.CdnOrigin, policy, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("/admin/", site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_local_editor_talks_only_to_the_preview()
    {
        string withLocalScript = AdminPolicy.For(null, localScript: true);
        string withCdnScript = AdminPolicy.For(null, localScript: false);

        Assert.Contains("script-src 'self' 'unsafe-eval';", withLocalScript, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", withLocalScript, StringComparison.Ordinal);
        Assert.DoesNotContain("github", withLocalScript, StringComparison.Ordinal);
        Assert.Contains(DecapBundle.CdnOrigin, withCdnScript, StringComparison.Ordinal);
    }

    [Fact]
    public void Git_gateway_needs_no_other_host_than_the_site()
    {
        string policy = AdminPolicy.For(CmsBackend.GitGateway, localScript: false);

        Assert.DoesNotContain("github", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://cdn.jsdelivr.net;", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_values_are_escaped_in_the_editor_page()
    {
        var setup = new EditorSetup(CmsYaml.Settings() with { Title = "</title><script>alert(1)</script>" }, [], "/x\"onload=\"y.css", null);
        string html = AdminPage.Write(setup);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"onload=\"", html, StringComparison.Ordinal);
    }

    private static async Task<TestSite> BuildAsync()
    {
        var site = new TestSite(withDefaultSettings: false);
        site.Add("input/site.yml", CmsSettings).AddPost("input/posts/2024/a.md", "A report", "2024-04-18");
        Assert.True((await site.BuildAsync()).Succeeded, string.Join("\n", site.Messages));
        return site;
    }

    private static string Policy(IDocument page) =>
        page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
}
