namespace Annals.Web.Redirects;

/// <summary>Diagnostic codes of aliases.</summary>
public static class RedirectCodes
{
    /// <summary>An alias is the address of a page the site has: the redirect would hide that page.</summary>
    public const string AliasShadowsPage = "AN0801";

    /// <summary>Two items claim the same old address.</summary>
    public const string DuplicateAlias = "AN0802";
}
