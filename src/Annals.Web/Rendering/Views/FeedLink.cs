namespace Annals.Web.Rendering;

/// <summary>A feed a page offers (<c>&lt;link rel="alternate"&gt;</c>): its title, URL and media type.</summary>
public sealed record FeedLink(string Title, string Url, string Type);
