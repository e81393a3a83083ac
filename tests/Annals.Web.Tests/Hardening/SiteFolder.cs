using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Hardening;

internal static class SiteFolder
{
    /// <summary>
    /// A build writes the output folder and its cache folder (.annals-cache: the record of the last good build and of
    /// the pages it wrote) and nothing else beside the input.
    /// </summary>
    public static void AssertOnlyInputOutputAndCache(TestSite site)
    {
        string[] entries = [.. Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal(["input", "output", "theme"], entries.Where(e => e != ".annals-cache"));
        string cache = Path.Combine(site.Root, ".annals-cache");
        if (Directory.Exists(cache))
        {
            Assert.All(Directory.GetFiles(cache), f => Assert.Contains(Path.GetFileName(f), new[] { "build-manifest.json", "pages.bin" }));
        }
    }
}
