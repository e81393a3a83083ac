namespace Annals.Web.Pages;

/// <summary>Turns site paths into output files and absolute URLs.</summary>
public static class SiteUrls
{
    /// <summary><c>/news/2024/x/</c> -> <c>news/2024/x/index.html</c>; <c>/404.html</c> -> <c>404.html</c>.</summary>
    public static string ToDestination(string sitePath)
    {
        ArgumentNullException.ThrowIfNull(sitePath);
        string trimmed = sitePath.TrimStart('/');
        return trimmed.Length == 0 || trimmed.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }

    public static string Absolute(string baseUrl, string sitePath)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(sitePath);
        return baseUrl.TrimEnd('/') + (sitePath.StartsWith('/') ? sitePath : "/" + sitePath);
    }
}
