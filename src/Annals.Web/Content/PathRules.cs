namespace Annals.Web.Content;

/// <summary>
/// Checks of the front-matter values that become links or paths. Each check returns null when the value
/// is fine, else the reason in plain words, so that the message can say exactly what is wrong.
/// </summary>
public static class PathRules
{
    /// <summary>
    /// A link field (<c>video</c>, <c>website</c>, <c>recording</c>, nav urls): an absolute http(s) address
    /// or a path on this site starting with '/'. <c>javascript:</c>, <c>data:</c>, relative paths and
    /// protocol-relative <c>//host</c> links are refused.
    /// </summary>
    public static string? CheckLink(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (HasSpaceOrControl(value))
        {
            return "a link cannot contain spaces or invisible characters";
        }

        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            return "a link must start with https:// (not just //)";
        }

        if (value.StartsWith('/'))
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out Uri? uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Length > 0)
        {
            return null;
        }

        int colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && value.IndexOf('/', StringComparison.Ordinal) is var slash && (slash < 0 || colon < slash)
            ? $"'{value[..colon]}:' links are not allowed; only https:// (or http://) addresses and site paths starting with /"
            : "a link must be a full address starting with https:// or a path on this site starting with /";
    }

    /// <summary>
    /// An alias (an old address that redirects to the item): a site path starting with '/', without a host,
    /// '..' or '.' segments, spaces, control characters or the characters Netlify's redirect rules treat
    /// specially (<c>* ? # :</c>), or a backslash.
    /// </summary>
    public static string? CheckAlias(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.StartsWith('/'))
        {
            return value.Contains("://", StringComparison.Ordinal)
                ? "write only the path on this site, without https:// and the host name"
                : "an alias must start with /";
        }

        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            return "an alias must start with a single / (// would name another web site)";
        }

        if (HasSpaceOrControl(value))
        {
            return "an alias cannot contain spaces or invisible characters (write %20 for a space)";
        }

        int special = value.AsSpan().IndexOfAny("*?#:\\");
        if (special >= 0)
        {
            return $"an alias cannot contain '{value[special]}'";
        }

        return HasDotSegment(value) ? "an alias cannot contain '..' or '.' as a folder" : null;
    }

    /// <summary>
    /// An <c>image</c> value: a file path inside the site such as <c>assets/2024/photo.jpg</c> (or
    /// <c>/assets/...</c>). Whether the file exists is checked later, where the assets are known.
    /// </summary>
    public static string? CheckImagePath(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains(':', StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal))
        {
            return "the image must be a file of this site, like assets/2024/photo.jpg, not a web address";
        }

        if (value.Contains('\\', StringComparison.Ordinal))
        {
            return "use / between folders, not \\";
        }

        if (HasControl(value))
        {
            return "the path contains an invisible character";
        }

        return HasDotSegment(value) ? "the path cannot contain '..' or '.' as a folder" : null;
    }

    private static bool HasSpaceOrControl(string value)
    {
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasControl(string value)
    {
        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a segment is '.' or '..', also when written percent-encoded (<c>%2e%2e</c>).</summary>
    private static bool HasDotSegment(string value)
    {
        foreach (string segment in value.Split('/'))
        {
            string decoded = segment.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase);
            if (decoded is "." or "..")
            {
                return true;
            }
        }

        return false;
    }
}
