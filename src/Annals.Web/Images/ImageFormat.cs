namespace Annals.Web.Images;

/// <summary>The image formats Annals knows: the three it resizes, and the two it passes through as they are.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    WebP,
    Gif,
    Svg,
}

/// <summary>What each format is called in file names and Content-Type headers, and how to tell it from its first bytes.</summary>
public static class ImageFormats
{
    /// <summary>Formats that are resized into several widths; GIF (often animated) and SVG (already scalable) are not.</summary>
    public static bool IsResizable(ImageFormat format) => format is ImageFormat.Jpeg or ImageFormat.Png or ImageFormat.WebP;

    public static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Png => "png",
        ImageFormat.WebP => "webp",
        ImageFormat.Gif => "gif",
        _ => "svg",
    };

    public static string MimeType(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.WebP => "image/webp",
        ImageFormat.Gif => "image/gif",
        _ => "image/svg+xml",
    };

    /// <summary>The format a file name promises, or null for a file that is not an image Annals knows.</summary>
    public static ImageFormat? FromFileName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" => ImageFormat.Jpeg,
            ".png" => ImageFormat.Png,
            ".webp" => ImageFormat.WebP,
            ".gif" => ImageFormat.Gif,
            ".svg" => ImageFormat.Svg,
            _ => null,
        };
    }

    /// <summary>
    /// The raster format the bytes really are (by their signature), whatever the file is called: a PNG saved as
    /// <c>photo.jpg</c> is still resized as a PNG. Null when the bytes are none of the four.
    /// </summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ImageFormat.Jpeg;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ImageFormat.Png;
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.WebP;
        }

        return bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8) ? ImageFormat.Gif : null;
    }
}
