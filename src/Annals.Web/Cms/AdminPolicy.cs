using Annals.Web.Content;

namespace Annals.Web.Cms;

/// <summary>
/// The Content-Security-Policy of the editor's page (<c>/admin/</c>) and of nothing else: the site's pages keep the
/// theme's strict policy. Decap needs <c>'unsafe-eval'</c> (its YAML and widget code) and inline styles (its CSS is
/// made at run time); beyond that the policy names only the hosts the chosen backend talks to.
/// </summary>
public static class AdminPolicy
{
    /// <summary>The policy of the admin page's <c>&lt;meta&gt;</c> for this editor.</summary>
    public static string For(EditorSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);

        // The local editor talks only to the preview it is served by.
        return setup.Local is { } local ? For(null, local.ScriptUrl is not null) : For(setup.Cms.Backend, localScript: false);
    }

    /// <summary>The policy for this backend (null: the preview's local backend) and script source.</summary>
    public static string For(CmsBackend? backend, bool localScript)
    {
        List<string> scripts = ["'self'", "'unsafe-eval'"];
        List<string> connect = ["'self'"];
        List<string> images = ["'self'", "data:", "blob:"];
        if (!localScript)
        {
            // The script loads its chunks with script tags and its WebAssembly with fetch, from beside itself.
            scripts.Add(DecapBundle.CdnOrigin);
            connect.Add(DecapBundle.CdnOrigin);
        }

        if (backend == CmsBackend.GitHub)
        {
            connect.Add(GitHubApi);
            images.Add(GitHubAvatars);
        }

        return Join(scripts, connect, images, frameAncestors: false);
    }

    /// <summary>
    /// The header netlify.toml sends for <c>/admin/*</c>. Browsers enforce every policy they get, so this one allows what
    /// any backend's page policy needs, and each page's <c>&lt;meta&gt;</c> narrows it; it also forbids framing, which a
    /// meta policy cannot.
    /// </summary>
    public static string HostingHeader() =>
        Join(
            ["'self'", "'unsafe-eval'", DecapBundle.CdnOrigin],
            ["'self'", DecapBundle.CdnOrigin, GitHubApi],
            ["'self'", "data:", "blob:", GitHubAvatars],
            frameAncestors: true);

    private const string GitHubApi = "https://api.github.com";
    private const string GitHubAvatars = "https://avatars.githubusercontent.com";

    private static string Join(List<string> scripts, List<string> connect, List<string> images, bool frameAncestors)
    {
        List<string> directives =
        [
            "default-src 'self'",
            "script-src " + string.Join(' ', scripts),
            "style-src 'self' 'unsafe-inline'",
            "img-src " + string.Join(' ', images),
            "connect-src " + string.Join(' ', connect),
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ];
        if (frameAncestors)
        {
            directives.Add("frame-ancestors 'none'");
        }

        return string.Join("; ", directives);
    }
}
