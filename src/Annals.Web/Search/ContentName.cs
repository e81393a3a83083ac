using System.Security.Cryptography;

namespace Annals.Web.Search;

/// <summary>
/// Names index files after their content, so hosting can cache them forever: a changed file always gets a new
/// name, and the manifest (the one file with a fixed name) points to the new one.
/// </summary>
internal static class ContentName
{
    /// <summary>40 bits: a changed file keeping its old name is a one-in-a-trillion accident per change.</summary>
    public const int Length = 10;

    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content))[..Length];
}
