namespace Annals.Web.Sitemap;

/// <summary>One file of the sitemap: its path in the site and its UTF-8 XML.</summary>
public sealed record SitemapFile(string Path, ReadOnlyMemory<byte> Utf8);
