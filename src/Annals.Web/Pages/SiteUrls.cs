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

    /// <summary>A site path made absolute (<c>/assets/a.jpg</c>); a URL that is already absolute stays as it is.</summary>
    public static string AbsoluteOrExternal(string baseUrl, string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.StartsWith('/') ? Absolute(baseUrl, url) : url;
    }

    public static string Absolute(string baseUrl, string sitePath)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(sitePath);
        return baseUrl.TrimEnd('/') + (sitePath.StartsWith('/') ? sitePath : "/" + sitePath);
    }
}
