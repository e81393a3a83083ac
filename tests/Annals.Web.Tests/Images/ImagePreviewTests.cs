using System.Text;
using System.Text.RegularExpressions;
using Annals.Web.Building;
using Annals.Web.Preview;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Images;

/// <summary>The preview serves the resized files, and shows a replaced photo at the next rebuild.</summary>
public sealed partial class ImagePreviewTests : IDisposable
{
    private const string Page = "news/2024/alpha/index.html";
    private readonly TestSite _site = new();
    private readonly BuildSession _session;

    public ImagePreviewTests()
    {
        _site.AddBytes("input/assets/photo.png", TestImages.Png(500, 250, seed: 1));
        _site.AddPost("input/posts/2024/a.md", "Alpha", "2024-04-18", string.Empty, "![A photo](/assets/photo.png)");
        _session = new BuildSession(BuildOptions.ForSite(_site.Root));
    }

    public void Dispose()
    {
        _session.Dispose();
        _site.Dispose();
    }

    [Fact]
    public void Resized_files_are_served_as_what_they_are()
    {
        Assert.Equal("image/webp", ContentTypes.Of("_img/photo-800.0123456789.webp"));
        Assert.Equal("image/jpeg", ContentTypes.Of("_img/photo-800.0123456789.jpg"));
    }

    [Fact]
    public async Task A_replaced_photo_gets_new_addresses_at_the_next_rebuild()
    {
        SessionRun first = await _session.RunAsync(null, TestContext.Current.CancellationToken);
        string before = WebpUrl(first.Site!);
        Assert.NotNull(first.Site!.Find(before.TrimStart('/')));

        _site.AddBytes("input/assets/photo.png", TestImages.Png(400, 400, seed: 2));
        SessionRun second = await _session.RunAsync([Path.Combine(_site.Root, "input", "assets", "photo.png")], TestContext.Current.CancellationToken);

        string after = WebpUrl(second.Site!);
        Assert.NotEqual(before, after);
        Assert.NotNull(second.Site!.Find(after.TrimStart('/')));
        Assert.Contains("width=\"400\" height=\"400\"", Html(second.Site!), StringComparison.Ordinal);
    }

    private static string Html(SiteSnapshot site) => Encoding.UTF8.GetString(site.Find(Page)!.Bytes.Span);

    private static string WebpUrl(SiteSnapshot site) => WebpSource().Match(Html(site)).Groups[1].Value;

    [GeneratedRegex("srcset=\"(/_img/[^ ]+\\.webp) ")]
    private static partial Regex WebpSource();
}
