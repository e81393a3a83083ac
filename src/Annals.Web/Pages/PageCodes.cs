namespace Annals.Web.Pages;

/// <summary>Diagnostic codes of page assembly and rendering.</summary>
public static class PageCodes
{
    /// <summary>Two items would be published at the same URL.</summary>
    public const string DuplicateUrl = "AN0701";

    /// <summary>A template failed while rendering a page.</summary>
    public const string TemplateFailed = "AN0602";
}
