using SkiaSharp;

namespace Annals.Web.Images;

/// <summary>
/// The codec the build uses: Skia through SkiaSharp, with the native library of
/// SkiaSharp.NativeAssets.Linux.NoDependencies (its codecs linked in, so a Debian machine needs no image package).
/// Everything happens on the calling thread: the build already runs one picture per core, and a library that hands
/// each picture to worker threads spent more time in those hand-offs than in the pixels of a small picture. Only JPEG,
/// PNG, WebP and GIF are read.
/// </summary>
public sealed class SkiaImageCodec : IImageCodec
{
    /// <summary>A picture larger than this (e.g. 12,000 x 8,400) is refused rather than decoded.</summary>
    public const long MaxPixels = 100_000_000;

    private static readonly Lazy<string?> StartupProblem = new(Start);

    public static SkiaImageCodec Instance { get; } = new();

    /// <summary>
    /// The SkiaSharp release (its native library is versioned with it); WebP q80, JPEG q82, PNG level 6 (a fallback few
    /// browsers fetch); halving then Mitchell; metadata removed; a picture that needs no change and carries no metadata
    /// is its own fallback.
    /// </summary>
    public string Version { get; } = $"skia-{typeof(SKBitmap).Assembly.GetName().Version}/webp-q80/jpeg-q82/png-6/srgb/half-mitchell/asis/v1";

    public ImageHeader ReadHeader(byte[] bytes)
    {
        using var picture = PictureFile.Open(bytes);
        SKSizeI shown = UprightPixels.ShownSize(picture.Codec);
        return new ImageHeader(shown.Width, shown.Height, Math.Max(1, picture.Codec.FrameCount));
    }

    public IReadOnlyList<byte[]> Encode(byte[] source, int width, IReadOnlyList<ImageFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        using var picture = PictureFile.Open(source);
        SKCodec codec = picture.Codec;
        int shownWidth = UprightPixels.ShownSize(codec).Width;

        // A picture that needs no change (its own width or less asked for, upright, sRGB), in its own format and with
        // nothing in the file beyond its pixels, is its own variant: encoding it again would only cost time and, for a
        // JPEG, quality. Its pixels are still decoded below, so a damaged file is caught either way.
        bool unchanged = width >= shownWidth && codec.EncodedOrigin == SKEncodedOrigin.TopLeft && UprightPixels.IsSrgb(codec);
        ImageFormat? own = unchanged ? ImageFormats.Sniff(source) : null;
        bool isItsOwnVariant = own is { } format && PlainPictureFile.IsPlain(source, format);

        using SKBitmap upright = UprightPixels.Decode(codec, width);
        SKBitmap resized = PictureShrinker.Shrink(upright, width);
        try
        {
            return [.. formats.Select(wanted => isItsOwnVariant && wanted == own ? source : Save(resized, wanted))];
        }
        finally
        {
            if (!ReferenceEquals(resized, upright))
            {
                resized.Dispose();
            }
        }
    }

    /// <summary>
    /// The pixels are sRGB by now; saved without a colour space, the encoders write no profile (sRGB is what browsers
    /// assume) and, as they write no camera data either, nothing but the pixels.
    /// </summary>
    private static byte[] Save(SKBitmap pixels, ImageFormat format)
    {
        using SKPixmap decoded = pixels.PeekPixels();
        using var plain = new SKPixmap(decoded.Info.WithColorSpace(null), decoded.GetPixels(), decoded.RowBytes);
        using SKData? saved = format switch
        {
            ImageFormat.WebP => plain.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, 80)),
            ImageFormat.Jpeg => plain.Encode(new SKJpegEncoderOptions(82, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            ImageFormat.Png => plain.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "only JPEG, PNG and WebP are made"),
        };
        return saved?.ToArray() ?? throw new ImageCodecException(ImageCodes.Unreadable, $"could not be saved as {ImageFormats.Extension(format).ToUpperInvariant()}");
    }

    private static void EnsureStarted()
    {
        if (StartupProblem.Value is { } problem)
        {
            throw new ImageCodecException(ImageCodes.LibraryMissing, problem);
        }
    }

    private static string? Start()
    {
        try
        {
            _ = SkiaSharpVersion.Native;
            return null;
        }
        catch (Exception exception) when (exception is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            return $"cannot be resized: the image library Skia could not be loaded ({exception.Message}); images need the SkiaSharp.NativeAssets.Linux.NoDependencies package for this platform";
        }
    }

    /// <summary>A picture's bytes opened by Skia's decoder, which reads only the header until pixels are asked for.</summary>
    private sealed class PictureFile(SKData bytes, SKCodec codec) : IDisposable
    {
        public SKCodec Codec => codec;

        /// <exception cref="ImageCodecException">Not a JPEG, PNG, WebP or GIF, or too large to decode.</exception>
        public static PictureFile Open(byte[] bytes)
        {
            EnsureStarted();
            SKData data = SKData.CreateCopy(bytes);
            SKCodec? codec = SKCodec.Create(data);
            if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp or SKEncodedImageFormat.Gif))
            {
                codec?.Dispose();
                data.Dispose();
                throw new ImageCodecException(ImageCodes.Unreadable, "is not a readable JPEG, PNG, WebP or GIF image");
            }

            var picture = new PictureFile(data, codec);
            if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
            {
                picture.Dispose();
                throw new ImageCodecException(ImageCodes.TooLarge, $"is {codec.Info.Width} x {codec.Info.Height} pixels, more than a web page can use");
            }

            return picture;
        }

        public void Dispose()
        {
            codec.Dispose();
            bytes.Dispose();
        }
    }
}
