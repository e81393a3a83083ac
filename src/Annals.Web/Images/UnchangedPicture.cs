using SkiaSharp;

namespace Annals.Web.Images;

/// <summary>
/// The variants of a picture shown at its own size, upright and in sRGB. Where a variant is in the picture's own format
/// and the file carries nothing beyond its pixels (no camera data, position, profile or comment), the variant is the
/// file itself: encoding it again would only cost time and, for a JPEG, quality. Anything else is saved from the
/// decoded pixels, so the metadata still goes. The pixels are decoded either way, so a damaged file is still caught.
/// </summary>
internal static class UnchangedPicture
{
    /// <param name="source">The file's bytes.</param>
    /// <param name="codec">The file, opened by its decoder.</param>
    /// <param name="formats">The formats asked for, in order.</param>
    public static IReadOnlyList<byte[]> Encode(byte[] source, SKCodec codec, IReadOnlyList<ImageFormat> formats)
    {
        ImageFormat? own = ImageFormats.Sniff(source);
        bool plain = own is { } format && PlainPictureFile.IsPlain(source, format);
        using SKBitmap pixels = UprightPixels.Decode(codec, codec.Info.Width);
        return [.. formats.Select(wanted => plain && wanted == own ? source : SkiaImageCodec.Save(pixels, wanted))];
    }
}
