namespace Annals.Web.Images;

/// <summary>
/// Reads and resizes raster images. The build reaches the image library only through this seam, so tests can count
/// the encodings a build does (a warm build must do none) or make one fail.
/// </summary>
public interface IImageCodec
{
    /// <summary>
    /// Changes whenever the files <see cref="Encode"/> makes would change (library version, quality settings). It is
    /// part of every cache key and of every derived file's name, so a new setting never serves an old file.
    /// </summary>
    string Version { get; }

    /// <summary>The size of the image as it is shown (EXIF rotation applied), read from its header.</summary>
    /// <exception cref="ImageCodecException">The bytes are not a readable JPEG, PNG, WebP or GIF image.</exception>
    ImageHeader ReadHeader(byte[] bytes);

    /// <summary>
    /// The image made <paramref name="width"/> pixels wide (never wider than it is), upright, once in each of
    /// <paramref name="formats"/>, in that order. The picture is decoded and resized once for all of them: the WebP
    /// and the fallback of the same width cost one decode, not two.
    /// </summary>
    /// <exception cref="ImageCodecException">The image cannot be decoded.</exception>
    IReadOnlyList<byte[]> Encode(byte[] source, int width, IReadOnlyList<ImageFormat> formats);
}

public static class ImageCodecExtensions
{
    /// <summary>The image made <paramref name="width"/> pixels wide (never wider than it is), upright, in <paramref name="format"/>.</summary>
    /// <exception cref="ImageCodecException">The image cannot be decoded.</exception>
    public static byte[] Encode(this IImageCodec codec, byte[] source, int width, ImageFormat format)
    {
        ArgumentNullException.ThrowIfNull(codec);
        return codec.Encode(source, width, [format])[0];
    }
}

/// <param name="Width">Pixels across, as shown.</param>
/// <param name="Height">Pixels down, as shown.</param>
/// <param name="Frames">More than one for an animation, which is passed through instead of resized (resizing keeps one frame).</param>
public readonly record struct ImageHeader(int Width, int Height, int Frames = 1);

/// <summary>An image the library could not read or make, with a reason in plain words and its diagnostic code.</summary>
public sealed class ImageCodecException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
