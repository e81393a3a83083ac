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

    private static TomlTable HeadersFor(string path)
    {
        var rules = (TomlTableArray)Config["headers"];
        return (TomlTable)rules.Single(r => (string)r["for"] == path)["values"];
    }
}
