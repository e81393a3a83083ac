using Annals.Web.Images;

namespace Annals.Web.Tests.Images;

public sealed class ImageWidthsTests
{
    [Theory]
    [InlineData(4000, new[] { 480, 800, 1200, 1600 })]
    [InlineData(1600, new[] { 480, 800, 1200, 1600 })]
    [InlineData(1000, new[] { 480, 800, 1000 })]
    [InlineData(850, new[] { 480, 850 })]
    [InlineData(500, new[] { 500 })]
    [InlineData(120, new[] { 120 })]
    public void Widths_stop_at_the_original_and_skip_near_duplicates(int original, int[] expected)
    {
        Assert.Equal(expected, ImageWidths.For(original));
    }

    [Fact]
    public void No_width_is_ever_larger_than_the_original()
    {
        for (int original = 1; original <= 2500; original += 7)
        {
            Assert.All(ImageWidths.For(original), width => Assert.InRange(width, 1, original));
        }
    }
}
