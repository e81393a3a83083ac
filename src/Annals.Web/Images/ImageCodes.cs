namespace Annals.Web.Images;

/// <summary>Diagnostic codes of images that a page shows.</summary>
public static class ImageCodes
{
    /// <summary>An image file exists but cannot be read as a picture (damaged, partly copied, or not an image at all).</summary>
    public const string Unreadable = "AN1001";

    /// <summary>An image has more pixels than a web page can reasonably show, so it is not resized.</summary>
    public const string TooLarge = "AN1002";

    /// <summary>The image library could not be loaded on this machine.</summary>
    public const string LibraryMissing = "AN1003";
}
