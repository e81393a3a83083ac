using Annals.Web.Assets;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Assets;

public sealed class PngSizeTests
{
    [Fact]
    public void The_theme_share_image_is_1200_by_630()
    {
        byte[] png = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "theme", "assets", ShareImageAsset.LogicalPath));

        Assert.Equal((1200, 630), PngSize.Read(png));
        Assert.True(png.Length < 100_000, $"the default share image is {png.Length} bytes; keep it small");
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0 })]
    public void Other_files_have_no_png_size(byte[] bytes)
    {
        Assert.Null(PngSize.Read(bytes));
    }
}
