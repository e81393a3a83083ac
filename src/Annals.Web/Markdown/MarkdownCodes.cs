namespace Annals.Web.Markdown;

/// <summary>Diagnostic codes of Markdown bodies.</summary>
public static class MarkdownCodes
{
    /// <summary>A link or image uses a scheme that could run script or smuggle content (javascript:, data:, ...).</summary>
    public const string UnsafeLink = "AN0501";

    /// <summary>Raw HTML in the body was cleaned: a tag or attribute was removed.</summary>
    public const string HtmlRemoved = "AN0502";

    /// <summary>The body is nested too deeply (thousands of '>' or list levels) for the Markdown parser.</summary>
    public const string TooDeeplyNested = "AN0503";
}
