namespace Annals.Web.Content;

/// <summary>
/// The <c>cms:</c> map of <c>input/site.yml</c>: whether the site publishes the web editor at <c>/admin/</c>, and where
/// the editor commits. Without a <c>cms:</c> map the site has no web editor.
/// </summary>
public sealed record CmsSettings
{
    /// <summary>The web editor of a site whose <c>cms:</c> map gives only what it must.</summary>
    public static readonly CmsSettings Default = new();

    /// <summary><c>enabled: false</c> keeps the settings but publishes no editor.</summary>
    public bool Enabled { get; init; } = true;

    public CmsBackend Backend { get; init; } = CmsBackend.GitHub;

    /// <summary>The repository the editor commits to, <c>owner/name</c>; required by the GitHub backend.</summary>
    public string? Repo { get; init; }

    public string Branch { get; init; } = "main";
}

/// <summary>Where the web editor reads and commits content.</summary>
public enum CmsBackend
{
    /// <summary>Commits to a GitHub repository; editors sign in with their GitHub account.</summary>
    GitHub,

    /// <summary>Netlify's Git Gateway, which needs Netlify Identity (deprecated by Netlify; kept for sites that use it).</summary>
    GitGateway,
}
