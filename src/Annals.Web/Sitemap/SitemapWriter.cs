using System.Globalization;
using System.Text;
using System.Xml;
using Annals.Web.Feeds;

namespace Annals.Web.Sitemap;

/// <summary>Writes sitemap.xml (sitemaps.org 0.9) and robots.txt pointing at it.</summary>
public static class SitemapWriter
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(IEnumerable<SitemapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = new Utf8StringWriter();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (SitemapEntry entry in entries.OrderBy(e => e.AbsoluteUrl, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, entry.AbsoluteUrl);
                if (entry.LastModified is { } day)
                {
                    xml.WriteElementString("lastmod", SitemapNamespace, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString() + "\n";
    }

    public static string Robots(string sitemapAbsoluteUrl) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {sitemapAbsoluteUrl}\n";
}
