namespace Annals.Web.Cms;

/// <summary>
/// The Decap CMS script the web editor loads: one pinned version from a CDN, checked by the browser against
/// <see cref="Integrity"/> (Subresource Integrity), so a changed file on the CDN is refused instead of run with the
/// editors' repository access.
/// </summary>
public static class DecapBundle
{
    public const string Version = "3.16.3";

    public const string FileName = "decap-cms.js";

    /// <summary>The CDN's origin: the script's chunks and its WebAssembly load from there too.</summary>
    public const string CdnOrigin = "https://cdn.jsdelivr.net";

    public const string CdnUrl = CdnOrigin + "/npm/decap-cms@" + Version + "/dist/" + FileName;

    /// <summary>
    /// SHA-384 of <c>dist/decap-cms.js</c> of the npm package decap-cms 3.16.3, the same bytes the CDN serves (computed
    /// at development time from the package; a test checks it against <c>tests/cms/node_modules</c> when present).
    /// </summary>
    public const string Integrity = "sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p";

    /// <summary>The SRI value (<c>sha384-...</c>) of a file's bytes.</summary>
    public static string IntegrityOf(ReadOnlySpan<byte> bytes) =>
        "sha384-" + Convert.ToBase64String(System.Security.Cryptography.SHA384.HashData(bytes));
}
