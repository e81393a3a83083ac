namespace Annals.Web.Images;

/// <summary>One file to make from a source image: a width in a format, at a content-hashed address.</summary>
/// <param name="SourceFile">The full path of the original in input/assets.</param>
/// <param name="DisplayPath">The original as messages name it, e.g. <c>input/assets/2024/hofburg.jpg</c>.</param>
/// <param name="SourceHash">The hash of the original's content when it was read for the page.</param>
/// <param name="Key">Hash of the source's content, the width, the format and the codec version: the cache key.</param>
/// <param name="Width">Pixels across.</param>
/// <param name="Format">JPEG, PNG or WebP.</param>
/// <param name="Destination">Where it is published, e.g. <c>_img/hofburg-800.3f2a1c9e0b.webp</c>.</param>
public sealed record ImageVariant(string SourceFile, string DisplayPath, UInt128 SourceHash, UInt128 Key, int Width, ImageFormat Format, string Destination)
{
    public string Url => "/" + Destination;
}
