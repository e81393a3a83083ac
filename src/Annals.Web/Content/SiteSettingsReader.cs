using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Content;

/// <summary>
/// Reads <c>input/site.yml</c>. Every problem is reported; null is returned when <c>title</c> or
/// <c>base_url</c> is unusable. A bad optional value is reported and its default is used.
/// </summary>
public static class SiteSettingsReader
{
    public static readonly ImmutableArray<string> Keys =
        ["title", "base_url", "language", "description", "organization", "posts_per_page", "nav", "video_hosts", SiteSettingsCmsReader.Key];

    public static SiteSettings? Read(string sourcePath, ReadOnlySpan<byte> bytes, IDiagnosticSink sink)
    {
        FrontMatter? file = YamlFileParser.Parse(sourcePath, bytes, sink);
        if (file is null)
        {
            return null;
        }

        FieldReader fields = file.Fields(sink);
        fields.WarnUnknownKeys(Keys, "site.yml");
        string? title = fields.RequiredText("title", "News of the Order");
        string? baseUrl = BaseUrl(fields);
        string? language = Language(fields);
        string? description = fields.Text("description");
        string? organization = fields.Text("organization");
        int? postsPerPage = fields.WholeNumber("posts_per_page", 1, "10");
        ImmutableArray<NavLink>? nav = Nav(fields);
        ImmutableArray<string>? videoHosts = VideoHosts(fields);
        CmsSettings? cms = SiteSettingsCmsReader.Read(fields);
        if (title is null || baseUrl is null)
        {
            return null;
        }

        return new SiteSettings
        {
            Title = title,
            BaseUrl = baseUrl,
            Language = language ?? "en",
            Description = description,
            Organization = organization,
            PostsPerPage = postsPerPage ?? 10,
            Nav = nav ?? SiteSettings.DefaultNav,
            VideoHosts = videoHosts ?? SiteSettings.DefaultVideoHosts,
            Cms = cms,
            Lines = file.Lines,
        };
    }

    /// <summary>An absolute http(s) address without query or fragment, returned without its trailing slash.</summary>
    private static string? BaseUrl(FieldReader fields)
    {
        string? text = fields.RequiredText("base_url", "https://news.example.org");
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out Uri? uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Length > 0 && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0
            && !text.Contains(' ', StringComparison.Ordinal))
        {
            return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }

        fields.Error(
            ContentCodes.InvalidBaseUrl,
            $"'base_url' must be the full address of the site, like https://news.example.org (with https:// and without ? or #); found {ScalarNode.Quote(text)}",
            fields.Node("base_url")!);
        return null;
    }

    /// <summary>A BCP 47 tag in its common shape: a 2-3 letter language, then subtags (<c>en</c>, <c>fr-CH</c>, <c>zh-Hant</c>).</summary>
    private static string? Language(FieldReader fields)
    {
        string? text = fields.Text("language");
        if (text is null)
        {
            return null;
        }

        string[] parts = text.Split('-');
        bool ok = parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
        if (ok)
        {
            return text;
        }

        fields.Error(ContentCodes.InvalidLanguage, $"'language' must be a language code like en, fr or fr-CH; found {ScalarNode.Quote(text)}", fields.Node("language")!);
        return null;
    }

    private static ImmutableArray<NavLink>? Nav(FieldReader fields)
    {
        SequenceNode? list = fields.List("nav", "one link per entry: a line '- title: Events' under 'nav:', with 'url: /events/' lined up below 'title'");
        if (list is null)
        {
            return fields.Node("nav") is null ? null : [];
        }

        ImmutableArray<NavLink>.Builder links = ImmutableArray.CreateBuilder<NavLink>(list.Items.Length);
        foreach (FrontMatterNode item in list.Items)
        {
            if (item is not MappingNode map)
            {
                fields.Error(ContentCodes.InvalidValue, $"each 'nav' entry must have 'title:' and 'url:' lines, like - title: Events (and url: /events/ below it); found {item.Describe()}", item);
                continue;
            }

            FieldReader entry = fields.Nested(map);
            entry.WarnUnknownKeys(["title", "url"], "a nav entry");
            string? title = entry.RequiredText("title", "Events");
            string? url = entry.Node("url") is null ? entry.Missing("url", "/events/") : entry.Url("url");
            if (title is not null && url is not null)
            {
                links.Add(new NavLink(title, url));
            }
        }

        return links.ToImmutable();
    }

    /// <summary>Bare host names (<c>player.vimeo.com</c>), compared lower-case.</summary>
    private static ImmutableArray<string>? VideoHosts(FieldReader fields)
    {
        if (fields.Node("video_hosts") is null)
        {
            return null;
        }

        ImmutableArray<string>.Builder hosts = ImmutableArray.CreateBuilder<string>();
        foreach (TextEntry entry in fields.TextList("video_hosts", singleAllowed: false, "[www.youtube-nocookie.com, player.vimeo.com]"))
        {
            string host = entry.Value.ToLowerInvariant();
            if (Uri.CheckHostName(host) == UriHostNameType.Dns && host.Contains('.', StringComparison.Ordinal))
            {
                hosts.Add(host);
            }
            else
            {
                fields.Error(ContentCodes.InvalidVideoHost, $"each 'video_hosts' entry must be only a host name, like player.vimeo.com (no https:// and no /); found {ScalarNode.Quote(entry.Value)}", entry.Node);
            }
        }

        return hosts.ToImmutable();
    }
}
