namespace Annals.Web.Html;

/// <summary>Diagnostic codes of internal links and images.</summary>
public static class LinkCodes
{
    /// <summary>A link in a body points to a page the site does not have.</summary>
    public const string BrokenLink = "AN0901";

    /// <summary>An image in a body or in front matter points to a file the site does not have.</summary>
    public const string MissingImage = "AN0902";
}
