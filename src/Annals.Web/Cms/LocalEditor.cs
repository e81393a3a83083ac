namespace Annals.Web.Cms;

/// <summary>
/// How <c>annals serve --cms</c> runs the editor: Decap's <c>local_backend</c> talks to <see cref="ApiUrl"/> (the preview
/// server's <c>/api/v1</c>, which reads and writes the site folder), so staff can try the editor with no account.
/// </summary>
/// <param name="ApiUrl">The absolute address of the local backend API (Decap refuses a relative one).</param>
/// <param name="ScriptUrl">The site path the preview serves Decap's script at, or null to load it from the CDN.</param>
public sealed record LocalEditor(Uri ApiUrl, string? ScriptUrl)
{
    /// <summary>Where the preview serves the files of Decap's <c>dist</c> folder (the script loads its chunks beside it).</summary>
    public const string ScriptFolder = "/_annals/decap/";

    /// <summary>The path of Decap's API on the preview server.</summary>
    public const string ApiPath = "/api/v1";
}
