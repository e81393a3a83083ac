namespace Annals.Web.Markdown;

/// <summary>Decides which link targets content may use: web links, mail links, and paths inside the site.</summary>
public static class UrlSafety
{
    /// <summary>True for http(s) and mailto URLs and for relative or site paths; false for javascript:, data: and other schemes.</summary>
    public static bool IsSafeLink(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        string trimmed = new([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        int colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        // A colon after the first '/', '?' or '#' is part of a path or query, not a scheme.
        int firstDelimiter = trimmed.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true;
        }

        string scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    /// <summary>True when the link points inside this site (a path, not a full URL or mail link).</summary>
    public static bool IsInternal(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('#'))
        {
            return false;
        }

        int colon = url.IndexOf(':', StringComparison.Ordinal);
        int firstDelimiter = url.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon);
    }
}
