using SkiaSharp;

namespace Annals.Web.Images;

/// <summary>
/// Decodes a picture into sRGB pixels, upright as it is shown. A large JPEG or WebP is decoded at a fraction of its
/// size when the width asked for allows it (the decoder skips the detail instead of making and then discarding it),
/// which keeps a 24-megapixel photo to a few megabytes of memory.
/// </summary>
internal static class UprightPixels
{
    /// <summary>
    /// The pixels of <paramref name="codec"/>'s picture, converted to sRGB from whatever colour profile it carries,
    /// turned as its EXIF orientation says, and at least <paramref name="atLeastWidth"/> pixels wide when decoding
    /// smaller saves work (never smaller than that: the last step of a resize needs the detail).
    /// </summary>
    /// <exception cref="ImageCodecException">The picture is damaged or only partly copied.</exception>
    public static SKBitmap Decode(SKCodec codec, int atLeastWidth)
    {
        SKImageInfo stored = codec.Info;
        SKSizeI size = DecodedSize(codec, atLeastWidth);

        // Grey stays grey (a smaller fallback file) unless its profile needs converting; everything else is decoded as
        // 8-bit RGBA, premultiplied when it has transparency: the form Skia resizes in, where an invisible pixel has no
        // colour to bleed into its visible neighbours.
        SKColorType colours = stored.ColorType == SKColorType.Gray8 && IsSrgb(codec) ? SKColorType.Gray8 : SKColorType.Rgba8888;
        SKAlphaType alpha = stored.AlphaType == SKAlphaType.Opaque || colours == SKColorType.Gray8 ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var wanted = new SKImageInfo(size.Width, size.Height, colours, alpha, SKColorSpace.CreateSrgb());
        var pixels = new SKBitmap(wanted);
        try
        {
            SKCodecResult result = codec.GetPixels(wanted, pixels.GetPixels());
            if (result != SKCodecResult.Success)
            {
                throw new ImageCodecException(ImageCodes.Unreadable, result is SKCodecResult.IncompleteInput or SKCodecResult.ErrorInInput
                    ? "is damaged or only partly copied, so it cannot be resized"
                    : $"could not be decoded ({result}): save it again as an ordinary JPEG or PNG");
            }

            if (codec.EncodedOrigin == SKEncodedOrigin.TopLeft)
            {
                return pixels;
            }

            SKBitmap upright = Turn(pixels, codec.EncodedOrigin);
            pixels.Dispose();
            return upright;
        }
        catch
        {
            pixels.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A picture without a profile, or with one that is sRGB, is already what browsers assume; anything else (a wide
    /// gamut profile, CMYK) is converted while it is decoded.
    /// </summary>
    public static bool IsSrgb(SKCodec codec) => codec.Info.ColorSpace is not { } space || space.IsSrgb;

    /// <summary>The picture's size as it is shown: a picture turned a quarter by its EXIF orientation swaps its sides.</summary>
    public static SKSizeI ShownSize(SKCodec codec)
    {
        SKSizeI stored = codec.Info.Size;
        return IsTurned(codec.EncodedOrigin) ? new SKSizeI(stored.Height, stored.Width) : stored;
    }

    /// <summary>EXIF orientations 5 to 8 are turned a quarter: the stored width is the height shown.</summary>
    public static bool IsTurned(SKEncodedOrigin origin) => origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop
        or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>
    /// The smallest size the decoder can produce that is still at least <paramref name="atLeastWidth"/> wide as shown,
    /// or the full size (PNG decoders only decode at full size).
    /// </summary>
    private static SKSizeI DecodedSize(SKCodec codec, int atLeastWidth)
    {
        SKSizeI full = codec.Info.Size;
        bool turned = IsTurned(codec.EncodedOrigin);
        int shownWidth = ShownSize(codec).Width;
        if (atLeastWidth >= shownWidth)
        {
            return full;
        }

        SKSizeI scaled = codec.GetScaledDimensions((float)atLeastWidth / shownWidth);
        int scaledShownWidth = turned ? scaled.Height : scaled.Width;
        return scaledShownWidth >= atLeastWidth && scaled.Width > 0 && scaled.Height > 0 ? scaled : full;
    }

    /// <summary>Copies the stored pixels to where the camera's orientation tag says they are shown.</summary>
    private static SKBitmap Turn(SKBitmap stored, SKEncodedOrigin origin)
    {
        bool turned = IsTurned(origin);
        var shown = new SKBitmap(stored.Info.WithSize(turned ? stored.Height : stored.Width, turned ? stored.Width : stored.Height));
        using SKPixmap from = stored.PeekPixels();
        using SKPixmap to = shown.PeekPixels();
        if (stored.BytesPerPixel == 4)
        {
            Turn(from.GetPixelSpan<uint>(), to.GetPixelSpan<uint>(), stored.Width, stored.Height, origin);
        }
        else
        {
            Turn(from.GetPixelSpan<byte>(), to.GetPixelSpan<byte>(), stored.Width, stored.Height, origin);
        }

        return shown;
    }

    private static void Turn<TPixel>(ReadOnlySpan<TPixel> from, Span<TPixel> to, int w, int h, SKEncodedOrigin origin)
        where TPixel : unmanaged
    {
        // Where stored pixel (x, y) is shown is shownX = x0 + x * xx + y * xy and shownY = y0 + x * yx + y * yy.
        (int x0, int xx, int xy, int y0, int yx, int yy) = origin switch
        {
            SKEncodedOrigin.TopRight => (w - 1, -1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => (w - 1, -1, 0, h - 1, 0, -1),
            SKEncodedOrigin.BottomLeft => (0, 1, 0, h - 1, 0, -1),
            SKEncodedOrigin.LeftTop => (0, 0, 1, 0, 1, 0),
            SKEncodedOrigin.RightTop => (h - 1, 0, -1, 0, 1, 0),
            SKEncodedOrigin.RightBottom => (h - 1, 0, -1, w - 1, -1, 0),
            SKEncodedOrigin.LeftBottom => (0, 0, 1, w - 1, -1, 0),
            _ => (0, 1, 0, 0, 0, 1),
        };
        int shownWidth = IsTurned(origin) ? h : w;
        for (int y = 0; y < h; y++)
        {
            ReadOnlySpan<TPixel> row = from.Slice(y * w, w);
            for (int x = 0; x < w; x++)
            {
                int shownX = x0 + (x * xx) + (y * xy);
                int shownY = y0 + (x * yx) + (y * yy);
                to[(shownY * shownWidth) + shownX] = row[x];
            }
        }
    }
}
