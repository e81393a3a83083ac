using NetVips;
using VipsImage = NetVips.Image;

namespace Annals.Web.Images;

/// <summary>
/// The codec the build uses: libvips through NetVips, with the native library of NetVips.Native.linux-x64 (a single
/// .so with its codecs linked in, so a Debian machine needs no image package). libvips shrinks JPEGs while decoding
/// them and streams the rest, so a large photo costs little memory. Loaders libvips marks untrusted (ImageMagick, PDF,
/// and other formats no web page uses) are blocked, and only JPEG, PNG, WebP and GIF are accepted.
/// </summary>
public sealed class VipsImageCodec : IImageCodec
{
    /// <summary>A picture larger than this (e.g. 12,000 x 8,400) is refused rather than decoded.</summary>
    public const long MaxPixels = 100_000_000;

    private static readonly Lazy<string?> StartupProblem = new(Start);

    /// <summary>Kept in a field: libvips calls it from native code, so the delegate must outlive every call.</summary>
    private static readonly Log.LogDelegate Quiet = (_, _, _) => { };

    private static readonly string[] AcceptedLoaders = ["jpegload", "pngload", "webpload", "gifload"];

    public static VipsImageCodec Instance { get; } = new();

    /// <summary>libvips 8.18.7 (NetVips.Native); WebP q80, JPEG q82 progressive, PNG level 6 (a fallback few browsers fetch, where level 9 cost several times the encoding time); metadata removed; a picture that needs no change and carries no metadata is its own fallback.</summary>
    public string Version => "vips-8.18.7/webp-q80-e4/jpeg-q82-prog/png-6/srgb/asis/v3";

    public ImageHeader ReadHeader(byte[] bytes)
    {
        EnsureStarted();
        try
        {
            // Only the header is read here: libvips decodes pixels when something asks for them.
            using VipsImage image = VipsImage.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            string loader = image.Contains("vips-loader") ? (string)image.Get("vips-loader") : string.Empty;
            if (!AcceptedLoaders.Any(accepted => loader.StartsWith(accepted, StringComparison.Ordinal)))
            {
                throw new ImageCodecException(ImageCodes.Unreadable, "is not a JPEG, PNG, WebP or GIF image");
            }

            bool turned = Orientation(image) is >= 5 and <= 8;
            int frames = image.Contains("n-pages") ? (int)image.Get("n-pages") : 1;
            if ((long)image.Width * image.Height > MaxPixels)
            {
                throw new ImageCodecException(
                    ImageCodes.TooLarge,
                    $"is {image.Width} x {image.Height} pixels, more than a web page can use");
            }

            return new ImageHeader(turned ? image.Height : image.Width, turned ? image.Width : image.Height, Math.Max(1, frames));
        }
        catch (VipsException exception)
        {
            throw new ImageCodecException(ImageCodes.Unreadable, "is not a readable JPEG, PNG, WebP or GIF image", exception);
        }
    }

    public IReadOnlyList<byte[]> Encode(byte[] source, int width, IReadOnlyList<ImageFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        EnsureStarted();
        try
        {
            // fail_on: a truncated file is an error, not a picture with a grey band at the bottom, while a camera's
            // harmless quirks pass.
            using VipsImage original = VipsImage.NewFromBuffer(source, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated);
            if (IsShownAsItIs(original, width))
            {
                return UnchangedPicture.Encode(source, original, formats);
            }

            // Size.Down never enlarges; the huge height lets the width alone decide. fail_on goes to the loader in
            // the option string (thumbnail's own failOn does not reach it). Colour is converted to sRGB before the
            // profile is dropped with the rest of the metadata (camera data and GPS position do not belong on the web).
            using VipsImage resized = NeedsColourConversion(original)
                ? VipsImage.ThumbnailBuffer(source, width, optionString: "[fail_on=truncated]", height: 10_000_000, size: Enums.Size.Down, outputProfile: "srgb")
                : VipsImage.ThumbnailBuffer(source, width, optionString: "[fail_on=truncated]", height: 10_000_000, size: Enums.Size.Down);
            return SaveEach(resized, formats);
        }
        catch (VipsException exception)
        {
            throw new ImageCodecException(ImageCodes.Unreadable, "is damaged or only partly copied, so it cannot be resized", exception);
        }
    }

    /// <summary>
    /// libvips streams a picture through one save; to save it twice, the pixels are kept in memory (at most 1,600
    /// pixels wide once resized) instead of decoding the original again.
    /// </summary>
    internal static byte[][] SaveEach(VipsImage image, IReadOnlyList<ImageFormat> formats)
    {
        if (formats.Count == 1)
        {
            return [Save(image, formats[0])];
        }

        using VipsImage pixels = image.CopyMemory();
        return [.. formats.Select(format => Save(pixels, format))];
    }

    /// <summary>
    /// A picture asked for at its own width (or wider), upright and already in sRGB, needs no resize: it is saved as
    /// decoded, without the thumbnail pass, which on a small picture costs more than the pixels.
    /// </summary>
    private static bool IsShownAsItIs(VipsImage original, int width) =>
        width >= original.Width
        && Orientation(original) == 1
        && !NeedsColourConversion(original);

    /// <summary>The EXIF orientation: 1 is upright, 5 to 8 are turned a quarter (width and height swap).</summary>
    private static int Orientation(VipsImage image) => image.Contains("orientation") ? (int)image.Get("orientation") : 1;

    internal static byte[] Save(VipsImage image, ImageFormat format) => format switch
    {
        ImageFormat.WebP => image.WebpsaveBuffer(q: 80, effort: 4, keep: Enums.ForeignKeep.None),
        ImageFormat.Jpeg => image.JpegsaveBuffer(q: 82, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None),
        ImageFormat.Png => image.PngsaveBuffer(compression: 6, keep: Enums.ForeignKeep.None),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "only JPEG, PNG and WebP are made"),
    };

    /// <summary>
    /// An sRGB or grey picture without a colour profile is already what browsers assume; converting it "to sRGB" would
    /// still run it through the colour engine, which costs more than the resize of a small picture.
    /// </summary>
    private static bool NeedsColourConversion(VipsImage header) =>
        header.Contains("icc-profile-data")
        || header.Interpretation is not (Enums.Interpretation.Srgb or Enums.Interpretation.Bw or Enums.Interpretation.Rgb16 or Enums.Interpretation.Grey16);

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
            if (!ModuleInitializer.VipsInitialized)
            {
                return $"cannot be resized: the image library libvips could not be loaded ({ModuleInitializer.Exception?.Message ?? "unknown reason"}); images need the NetVips.Native package for this platform";
            }

            NetVips.NetVips.BlockUntrusted = true;

            // libvips prints its warnings ("premature end of JPEG") on stderr; the build reports problems itself, at
            // the line that uses the image.
            Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning | Enums.LogLevelFlags.Message | Enums.LogLevelFlags.Info, Quiet);

            // Each image is made once: libvips's operation cache would only hold memory. The build already runs one
            // image per core, so libvips's own thread pool would oversubscribe the cores.
            Cache.Max = 0;
            NetVips.NetVips.Concurrency = 1;
            return null;
        }
        catch (Exception exception) when (exception is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            return $"cannot be resized: the image library libvips could not be loaded ({exception.Message}); images need the NetVips.Native package for this platform";
        }
    }
}
