using System.Collections.Frozen;
using VipsImage = NetVips.Image;

namespace Annals.Web.Images;

/// <summary>
/// The variants of a picture shown at its own size, upright and in sRGB. Where a variant is in the picture's own format
/// and the file carries nothing beyond its pixels (no camera data, position, profile or comment), the variant is the
/// file itself: encoding it again would only cost time and, for a JPEG, quality. Anything else is saved from the
/// decoded pixels, so the metadata still goes and a damaged file is still caught.
/// </summary>
internal static class UnchangedPicture
{
    /// <summary>What libvips reports of every file: sizes, layout and how it was stored, nothing about who or where.</summary>
    private static readonly FrozenSet<string> PlainFields = FrozenSet.Create(
        StringComparer.Ordinal,
        "width", "height", "bands", "format", "coding", "interpretation", "xoffset", "yoffset", "xres", "yres",
        "resolution-unit", "filename", "vips-loader", "vips-sequential", "bits-per-sample", "palette", "interlaced",
        "jpeg-multiscan", "jpeg-chroma-subsample");

    /// <param name="source">The file's bytes.</param>
    /// <param name="original">The file, opened for one sequential read of its pixels.</param>
    /// <param name="formats">The formats asked for, in order.</param>
    public static IReadOnlyList<byte[]> Encode(byte[] source, VipsImage original, IReadOnlyList<ImageFormat> formats)
    {
        ImageFormat? own = ImageFormats.Sniff(source);
        bool plain = original.GetFields().All(PlainFields.Contains);
        int[] saved = [.. Enumerable.Range(0, formats.Count).Where(i => !plain || formats[i] != own)];
        if (saved.Length == 0)
        {
            // Only the file itself was asked for: its pixels are still decoded once, as a check that it is whole.
            using VipsImage pixels = original.CopyMemory();
            return [.. formats.Select(_ => source)];
        }

        byte[][] encoded = VipsImageCodec.SaveEach(original, [.. saved.Select(i => formats[i])]);
        var results = new byte[formats.Count][];
        Array.Fill(results, source);
        for (int n = 0; n < saved.Length; n++)
        {
            results[saved[n]] = encoded[n];
        }

        return results;
    }
}
