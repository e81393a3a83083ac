using System.Security.Cryptography;

namespace Annals.Web.Assets;

/// <summary>
/// Names a theme file after its content (<c>site.css</c> -> <c>site.3f2a1c9e.css</c>), so hosting can cache it
/// forever and a changed file always gets a new URL.
/// </summary>
public static class Fingerprint
{
    public static string Hash(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content))[..10];

    /// <summary>Inserts the hash before the extension of a path with forward slashes.</summary>
    public static string Apply(string path, string hash)
    {
        ArgumentNullException.ThrowIfNull(path);
        int slash = path.LastIndexOf('/');
        int dot = path.LastIndexOf('.');
        return dot > slash + 1 ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
    }

}
