namespace Annals.Web.Rendering;

/// <summary>Diagnostic codes of the theme. (<c>AN0602</c>, a page that fails to render, is reported by the caller.)</summary>
public static class ThemeCodes
{
    /// <summary>A layout or partial has a syntax error.</summary>
    public const string TemplateSyntax = "AN0601";

    /// <summary>The theme folder, or its <c>layouts/base.sbn</c>, is missing.</summary>
    public const string ThemeMissing = "AN0603";
}
