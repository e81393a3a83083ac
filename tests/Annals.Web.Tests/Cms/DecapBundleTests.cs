using System.Text.Json;
using Annals.Web.Cms;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Cms;

/// <summary>
/// The pinned Decap script: the integrity hash in the code is the hash of the npm package's file (the bytes the CDN
/// serves), and tests/cms pins the same version. Needs <c>npm ci</c> in tests/cms: skipped without it, except in CI.
/// </summary>
public sealed class DecapBundleTests
{
    private static readonly string Package = Path.Combine(RepositoryRoot.Path, "tests", "cms", "node_modules", "decap-cms");

    [Fact]
    public void The_integrity_constant_is_the_hash_of_the_pinned_packages_script()
    {
        string script = Path.Combine(Package, "dist", DecapBundle.FileName);
        if (!File.Exists(script))
        {
            string reason = $"{script} is missing: run npm ci in tests/cms";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Package, "package.json")));
        Assert.Equal(DecapBundle.Version, manifest.RootElement.GetProperty("version").GetString());
        Assert.Equal(DecapBundle.Integrity, DecapBundle.IntegrityOf(File.ReadAllBytes(script)));
    }

    [Fact]
    public void The_browser_tests_install_the_pinned_version()
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "cms", "package.json")));

        Assert.Equal(DecapBundle.Version, manifest.RootElement.GetProperty("dependencies").GetProperty("decap-cms").GetString());
        Assert.Equal($"https://cdn.jsdelivr.net/npm/decap-cms@{DecapBundle.Version}/dist/decap-cms.js", DecapBundle.CdnUrl);
    }
}
