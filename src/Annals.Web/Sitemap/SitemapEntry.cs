namespace Annals.Web.Sitemap;

/// <summary>One public page in the sitemap: its absolute URL and, when known, the day it last changed.</summary>
public sealed record SitemapEntry(string AbsoluteUrl, DateOnly? LastModified);
