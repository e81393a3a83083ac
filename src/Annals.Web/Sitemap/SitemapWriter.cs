using System.Globalization;
using System.Text;
using System.Xml;
using Annals.Web.Pages;

namespace Annals.Web.Sitemap;

/// <summary>Writes the sitemap (sitemaps.org 0.9) and robots.txt pointing at it.</summary>
public static class SitemapWriter
{
    /// <summary>
    /// The protocol's limit of URLs in one sitemap file (the other, 50 MB, is out of reach: a page's address is a few
    /// dozen bytes). Search engines refuse a longer file, so past it <c>/sitemap.xml</c> becomes an index of parts.
    /// </summary>
    public const int MaxUrlsPerFile = 50_000;

    public const string IndexPath = "sitemap.xml";

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// The sitemap's files: <c>sitemap.xml</c> listing every entry, or, past <see cref="MaxUrlsPerFile"/> entries, an
    /// index at <c>sitemap.xml</c> naming <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c> and so on, in the order of the
    /// entries' addresses.
    /// </summary>
    /// <param name="baseUrl">The site's absolute base address, for the index's links to its parts.</param>
    /// <param name="entries">Every page to list.</param>
    public static IReadOnlyList<SitemapFile> Write(string baseUrl, IEnumerable<SitemapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(entries);
        SitemapEntry[] sorted = [.. entries.OrderBy(e => e.AbsoluteUrl, StringComparer.Ordinal)];
        if (sorted.Length <= MaxUrlsPerFile)
        {
            return [new SitemapFile(IndexPath, UrlSet(sorted))];
        }

        SitemapEntry[][] parts = [.. sorted.Chunk(MaxUrlsPerFile)];
        static string PartPath(int part) => $"sitemap-{part + 1}.xml";
        ReadOnlyMemory<byte> index = Index([.. parts.Select((part, i) => (SiteUrls.Absolute(baseUrl, "/" + PartPath(i)), part.Max(e => e.LastModified)))]);
        return [new SitemapFile(IndexPath, index), .. parts.Select((part, i) => new SitemapFile(PartPath(i), UrlSet(part)))];
    }

    public static string Robots(string sitemapAbsoluteUrl) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {sitemapAbsoluteUrl}\n";

    private static ReadOnlyMemory<byte> UrlSet(SitemapEntry[] entries) => Xml(entries.Length, "urlset", xml =>
    {
        foreach (SitemapEntry entry in entries)
        {
            Element(xml, "url", entry.AbsoluteUrl, entry.LastModified);
        }
    });

    private static ReadOnlyMemory<byte> Index((string Url, DateOnly? LastModified)[] parts) => Xml(parts.Length, "sitemapindex", xml =>
    {
        foreach ((string url, DateOnly? lastModified) in parts)
        {
            Element(xml, "sitemap", url, lastModified);
        }
    });

    private static void Element(XmlWriter xml, string name, string url, DateOnly? lastModified)
    {
        xml.WriteStartElement(name, SitemapNamespace);
        xml.WriteElementString("loc", SitemapNamespace, url);
        if (lastModified is { } day)
        {
            xml.WriteElementString("lastmod", SitemapNamespace, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }

    /// <summary>The document as UTF-8, written straight into bytes: no string of a 50,000-line file.</summary>
    private static ReadOnlyMemory<byte> Xml(int count, string root, Action<XmlWriter> writeElements)
    {
        // About 110 bytes a line: sized once, the stream is not grown and copied on the way.
        var stream = new MemoryStream(capacity: 256 + (count * 112));
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, SitemapNamespace);
            writeElements(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.GetBuffer().AsMemory(0, (int)stream.Length);
    }
}
