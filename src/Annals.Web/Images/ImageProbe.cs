namespace Annals.Web.Images;

/// <summary>What reading an image file gave: its facts, or the reason it cannot be shown (with its code).</summary>
internal sealed record ImageProbe(ImageFacts? Facts, string? Code = null, string? Reason = null)
{
    /// <summary>Reads the facts of a file's bytes: SVG by its root element, the rest by the codec from their header.</summary>
    public static ImageProbe Of(byte[] bytes, ImageFormat named, IImageCodec codec)
    {
        if (named == ImageFormat.Svg)
        {
            return new ImageProbe(new ImageFacts(ImageFormat.Svg, SvgSize.Read(bytes)));
        }

        if (ImageFormats.Sniff(bytes) is not { } format)
        {
            return new ImageProbe(null, ImageCodes.Unreadable, "is not a readable JPEG, PNG, WebP or GIF image");
        }

        try
        {
            return new ImageProbe(new ImageFacts(format, codec.ReadHeader(bytes)));
        }
        catch (ImageCodecException exception)
        {
            return new ImageProbe(null, exception.Code, exception.Message);
        }
    }
}
