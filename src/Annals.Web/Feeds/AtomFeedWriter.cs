using System.Globalization;
using System.Text;
using System.Xml;

namespace Annals.Web.Feeds;

/// <summary>
/// Writes an Atom 1.0 feed (RFC 4287) with <see cref="XmlWriter"/>, so every value is escaped by the XML
/// writer and never by hand. <c>updated</c> is the newest entry's date, never the build time, so two
/// builds of the same content give the same feed.
/// </summary>
public static class AtomFeedWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static string Write(FeedChannel channel, IReadOnlyList<FeedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(entries);
        var text = new Utf8StringWriter();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            if (channel.Language is not null)
            {
                xml.WriteAttributeString("xml", "lang", null, channel.Language);
            }

            xml.WriteElementString("title", AtomNamespace, channel.Title);
            if (channel.Subtitle is not null)
            {
                xml.WriteElementString("subtitle", AtomNamespace, channel.Subtitle);
            }

            xml.WriteElementString("id", AtomNamespace, channel.SelfUrl);
            WriteLink(xml, "self", channel.SelfUrl, "application/atom+xml");
            WriteLink(xml, "alternate", channel.PageUrl, "text/html");
            DateTimeOffset updated = entries.Count > 0 ? entries.Max(e => e.Published) : DateTimeOffset.UnixEpoch;
            xml.WriteElementString("updated", AtomNamespace, Rfc3339(updated));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, channel.Publisher);
            xml.WriteEndElement();
            xml.WriteStartElement("generator", AtomNamespace);
            xml.WriteString("Annals");
            xml.WriteEndElement();

            foreach (FeedEntry entry in entries)
            {
                WriteEntry(xml, entry);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString() + "\n";
    }

    private static void WriteEntry(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("entry", AtomNamespace);
        xml.WriteElementString("title", AtomNamespace, entry.Title);
        xml.WriteElementString("id", AtomNamespace, entry.AbsoluteUrl);
        WriteLink(xml, "alternate", entry.AbsoluteUrl, "text/html");
        xml.WriteElementString("published", AtomNamespace, Rfc3339(entry.Published));
        xml.WriteElementString("updated", AtomNamespace, Rfc3339(entry.Published));
        foreach (string author in entry.Authors)
        {
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, author);
            xml.WriteEndElement();
        }

        foreach (string category in entry.Categories)
        {
            xml.WriteStartElement("category", AtomNamespace);
            xml.WriteAttributeString("term", category);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("summary", AtomNamespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(entry.Summary);
        xml.WriteEndElement();
        xml.WriteStartElement("content", AtomNamespace);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(entry.ContentHtml);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>RFC 3339 with the date's own offset (<c>Z</c> for UTC).</summary>
    public static string Rfc3339(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
