using System.Xml.Linq;
using Annals.Web.Sitemap;

namespace Annals.Web.Tests.Sitemap;

public sealed class SitemapWriterTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Up_to_the_protocol_limit_one_file_lists_every_page_in_address_order()
    {
        SitemapEntry[] entries = Entries(SitemapWriter.MaxUrlsPerFile);

        IReadOnlyList<SitemapFile> files = SitemapWriter.Write("https://example.org/", entries.Reverse());

        SitemapFile only = Assert.Single(files);
        Assert.Equal("sitemap.xml", only.Path);
        XElement root = Parse(only).Root!;
        Assert.Equal(Sitemaps + "urlset", root.Name);
        Assert.Equal(entries.Select(e => e.AbsoluteUrl), Locations(root, "url"));
    }

    [Fact]
    public void Past_the_limit_sitemap_xml_becomes_an_index_of_parts_that_list_every_page_once()
    {
        SitemapEntry[] entries = Entries((2 * SitemapWriter.MaxUrlsPerFile) + 1);

        IReadOnlyList<SitemapFile> files = SitemapWriter.Write("https://example.org/", entries);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Select(f => f.Path));
        XElement index = Parse(files[0]).Root!;
        Assert.Equal(Sitemaps + "sitemapindex", index.Name);
        Assert.Equal(
            ["https://example.org/sitemap-1.xml", "https://example.org/sitemap-2.xml", "https://example.org/sitemap-3.xml"],
            Locations(index, "sitemap"));
        XElement[] parts = [.. files.Skip(1).Select(f => Parse(f).Root!)];
        Assert.All(parts, part => Assert.Equal(Sitemaps + "urlset", part.Name));
        Assert.Equal([SitemapWriter.MaxUrlsPerFile, SitemapWriter.MaxUrlsPerFile, 1], parts.Select(p => p.Elements(Sitemaps + "url").Count()));
        Assert.Equal(entries.Select(e => e.AbsoluteUrl), parts.SelectMany(p => Locations(p, "url")));
    }

    [Fact]
    public void Each_part_in_the_index_carries_the_newest_change_of_its_pages()
    {
        SitemapEntry[] entries = Entries(SitemapWriter.MaxUrlsPerFile + 2);
        entries[10] = entries[10] with { LastModified = new DateOnly(2031, 5, 6) };
        entries[^1] = entries[^1] with { LastModified = null };
        entries[^2] = entries[^2] with { LastModified = null };

        IReadOnlyList<SitemapFile> files = SitemapWriter.Write("https://example.org/", entries);

        XElement[] parts = [.. Parse(files[0]).Root!.Elements(Sitemaps + "sitemap")];
        Assert.Equal("2031-05-06", parts[0].Element(Sitemaps + "lastmod")!.Value);
        Assert.Null(parts[1].Element(Sitemaps + "lastmod"));
    }

    [Fact]
    public void The_files_are_utf8_xml_without_a_byte_order_mark_and_end_with_a_newline()
    {
        SitemapFile file = Assert.Single(SitemapWriter.Write("https://example.org/", [new SitemapEntry("https://example.org/genève/", null)]));

        byte[] bytes = file.Utf8.ToArray();

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Contains("https://example.org/genève/", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    private static SitemapEntry[] Entries(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SitemapEntry($"https://example.org/news/{i:D7}/", new DateOnly(2020, 1, 1).AddDays(i % 1000)))];

    private static XDocument Parse(SitemapFile file) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Utf8.Span));

    private static IEnumerable<string> Locations(XElement root, string element) =>
        root.Elements(Sitemaps + element).Select(e => e.Element(Sitemaps + "loc")!.Value);
}
