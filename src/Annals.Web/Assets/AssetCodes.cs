namespace Annals.Web.Assets;

/// <summary>Diagnostic codes of the theme's assets (next to the theme's own, <c>AN06xx</c>).</summary>
public static class AssetCodes
{
    /// <summary>A theme stylesheet or script could not be minified; it is published as written.</summary>
    public const string NotMinified = "AN0610";
}
