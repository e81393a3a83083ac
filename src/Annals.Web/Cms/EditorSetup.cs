using System.Collections.Immutable;
using Annals.Web.Content;

namespace Annals.Web.Cms;

/// <summary>Everything the web editor's files are made from, gathered from the build.</summary>
/// <param name="Settings">The site's settings; <see cref="SiteSettings.Cms"/> chooses the backend.</param>
/// <param name="Topics">The topics staff can pick (topics.yml and those already used), by display name.</param>
/// <param name="StylesheetUrl">The site's fingerprinted stylesheet, for the preview pane (null without one).</param>
/// <param name="Local">Set by <c>annals serve --cms</c>: the editor works on the local folder instead of a repository.</param>
public sealed record EditorSetup(SiteSettings Settings, ImmutableArray<TopicInfo> Topics, string? StylesheetUrl, LocalEditor? Local)
{
    /// <summary>The backend settings in force: the site's, or the defaults when only <c>--cms</c> asked for the editor.</summary>
    public CmsSettings Cms => Settings.Cms ?? CmsSettings.Default;

    /// <summary>True when the build should write <c>/admin/</c>.</summary>
    public bool Enabled => Local is not null || Settings.Cms is { Enabled: true };
}
