using Annals.Web.Cms;
using Annals.Web.Tests.Integration;
using Tomlyn;
using Tomlyn.Model;

namespace Annals.Web.Tests.Hosting;

public sealed class NetlifyTomlTests
{
    private static readonly TomlTable Config =
        TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "netlify.toml")))!;

    [Fact]
    public void Publishes_the_output_folder_and_builds_with_the_pinned_sdk()
    {
        var build = (TomlTable)Config["build"];
        Assert.Equal("output", build["publish"]);
        string command = (string)build["command"];
        Assert.Contains("dotnet-install.sh", command, StringComparison.Ordinal);
        Assert.Contains("--jsonfile global.json", command, StringComparison.Ordinal);
        Assert.Contains("src/Annals.Cli", command, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_local_plugin_restores_and_saves_the_build_cache_and_the_published_folder()
    {
        var plugins = (TomlTableArray)Config["plugins"];
        string folder = Path.Combine(RepositoryRoot.Path, ((string)Assert.Single(plugins)["package"]).TrimStart('.', '/'));
        string code = File.ReadAllText(Path.Combine(folder, "index.js"));

        Assert.Contains("name: annals-cache", File.ReadAllText(Path.Combine(folder, "manifest.yml")), StringComparison.Ordinal);
        string cacheFolder = Path.GetFileName(Annals.Web.Building.BuildOptions.ForSite(RepositoryRoot.Path).CacheDirectory!);
        Assert.Contains($"'{cacheFolder}'", code, StringComparison.Ordinal);
        Assert.Contains($"'{((TomlTable)Config["build"])["publish"]}'", code, StringComparison.Ordinal);
        Assert.Contains("utils.cache.restore(PATHS)", code, StringComparison.Ordinal);
        Assert.Contains("utils.cache.save(PATHS)", code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-Content-Type-Options", "nosniff")]
    [InlineData("Referrer-Policy", "strict-origin-when-cross-origin")]
    [InlineData("Content-Security-Policy", "frame-ancestors 'none'")]
    public void Sends_security_headers_on_every_path(string header, string value)
    {
        Assert.Equal(value, HeadersFor("/*")[header]);
        Assert.True(HeadersFor("/*").ContainsKey("Permissions-Policy"));
    }

    [Fact]
    public void Only_content_hashed_files_are_cached_forever()
    {
        Assert.Contains("immutable", (string)HeadersFor("/_theme/*")["Cache-Control"], StringComparison.Ordinal);
        Assert.DoesNotContain("immutable", (string)HeadersFor("/*")["Cache-Control"], StringComparison.Ordinal);
        var rules = (TomlTableArray)Config["headers"];
        string[] immutablePaths = [.. rules
            .Where(r => ((TomlTable)r["values"]).TryGetValue("Cache-Control", out object? c) && ((string)c).Contains("immutable", StringComparison.Ordinal))
            .Select(r => (string)r["for"])];
        Assert.Equal(["/_theme/*", "/_img/*", "/search/terms/*", "/search/fragments/*"], immutablePaths);
    }

    [Fact]
    public void The_site_wide_header_does_not_set_a_script_policy()
    {
        // A script policy sent site-wide could never be loosened for one page; pages carry theirs in <meta>.
        Assert.DoesNotContain("script-src", (string)HeadersFor("/*")["Content-Security-Policy"], StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_web_editor_gets_decaps_policy_and_it_still_forbids_framing()
    {
        var rules = (TomlTableArray)Config["headers"];
        string[] paths = [.. rules.Select(r => (string)r["for"])];
        string admin = (string)HeadersFor("/admin/*")["Content-Security-Policy"];

        Assert.Equal(AdminPolicy.HostingHeader(), admin);
        Assert.Contains("frame-ancestors 'none'", admin, StringComparison.Ordinal);
        Assert.True(Array.IndexOf(paths, "/admin/*") > Array.IndexOf(paths, "/*"), "the admin rule must come after the site-wide one to override it");
        Assert.Equal(["/admin/*"], rules
            .Where(r => ((TomlTable)r["values"]).Values.OfType<string>().Any(v => v.Contains("unsafe", StringComparison.Ordinal)))
            .Select(r => (string)r["for"]));
        Assert.Equal(["Content-Security-Policy"], HeadersFor("/admin/*").Keys);
    }

    [Theory]
    [InlineData("/feed.json", "application/feed+json; charset=utf-8")]
    [InlineData("/events/calendar.ics", "text/calendar; charset=utf-8")]
    [InlineData("/events/*/event.ics", "text/calendar; charset=utf-8")]
    public void Feeds_and_calendars_are_sent_with_their_media_types(string path, string type)
    {
        Assert.Equal(type, HeadersFor(path)["Content-Type"]);
    }

    [Fact]
    public void A_content_type_is_only_ever_set_for_named_files()
    {
        // A Content-Type on a folder's splat (/events/*) would send the pages under it as something else.
        var rules = (TomlTableArray)Config["headers"];
        string[] typed = [.. rules.Where(r => ((TomlTable)r["values"]).ContainsKey("Content-Type")).Select(r => (string)r["for"])];
        Assert.NotEmpty(typed);
        Assert.All(typed, path => Assert.Matches(@"^/[^*]*(\*/)?[^/*]+\.(json|ics)$", path));
    }

    private static TomlTable HeadersFor(string path)
    {
        var rules = (TomlTableArray)Config["headers"];
        return (TomlTable)rules.Single(r => (string)r["for"] == path)["values"];
    }
}
