using System.Collections.Immutable;

namespace Annals.Web.Content;

/// <summary>The settings of <c>input/site.yml</c>, with the defaults of the content model applied.</summary>
public sealed record SiteSettings
{
    public static readonly ImmutableArray<NavLink> DefaultNav =
    [
        new("News", "/"),
        new("Events", "/events/"),
        new("Archive", "/archive/"),
        new("Topics", "/topics/"),
        new("Search", "/search/"),
    ];

    /// <summary>Hosts whose players may be embedded for <c>video</c> links.</summary>
    public static readonly ImmutableArray<string> DefaultVideoHosts = ["youtube.com", "www.youtube-nocookie.com", "player.vimeo.com"];

    public required string Title { get; init; }

    /// <summary>Absolute http(s) address of the site, without a trailing slash (<c>https://example.org</c>).</summary>
    public required string BaseUrl { get; init; }

    /// <summary>BCP 47 language tag of the content, e.g. <c>en</c> or <c>fr-CH</c>.</summary>
    public string Language { get; init; } = "en";

    public string? Description { get; init; }

    public string? Organization { get; init; }

    public int PostsPerPage { get; init; } = 10;

    public ImmutableArray<NavLink> Nav { get; init; } = DefaultNav;

    public ImmutableArray<string> VideoHosts { get; init; } = DefaultVideoHosts;

    /// <summary>The web editor's settings (the <c>cms:</c> map), or null when the site has no web editor.</summary>
    public CmsSettings? Cms { get; init; }

    public FieldLines Lines { get; init; } = FieldLines.Empty;
}
