using NetVips;

namespace Annals.Web.Tests.Images;

/// <summary>Real pictures for tests, made with the same library the build uses: a colour gradient, different per seed.</summary>
internal static class TestImages
{
    public static byte[] Jpeg(int width, int height, int seed = 0)
    {
        using NetVips.Image image = Gradient(width, height, seed);
        return image.JpegsaveBuffer(q: 90);
    }

    public static byte[] Png(int width, int height, int seed = 0)
    {
        using NetVips.Image image = Gradient(width, height, seed);
        return image.PngsaveBuffer();
    }

    public static byte[] WebP(int width, int height, int seed = 0)
    {
        using NetVips.Image image = Gradient(width, height, seed);
        return image.WebpsaveBuffer(q: 90);
    }

    public static byte[] Gif(int width, int height)
    {
        using NetVips.Image image = Gradient(width, height, 0);
        return image.GifsaveBuffer();
    }

    /// <summary>The width and height of an encoded image, and the loader that read it (e.g. <c>webpload_buffer</c>).</summary>
    public static (int Width, int Height, string Loader) Measure(byte[] bytes)
    {
        using NetVips.Image image = NetVips.Image.NewFromBuffer(bytes);
        return (image.Width, image.Height, (string)image.Get("vips-loader"));
    }

    private static NetVips.Image Gradient(int width, int height, int seed)
    {
        var pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int i = ((y * width) + x) * 3;
                pixels[i] = (byte)(x * 255 / width);
                pixels[i + 1] = (byte)(y * 255 / height);
                pixels[i + 2] = (byte)(seed * 37);
            }
        }

        return NetVips.Image.NewFromMemory(pixels, width, height, 3, Enums.BandFormat.Uchar);
    }
}
