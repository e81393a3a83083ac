namespace Annals.Web.Feeds;

/// <summary>Where the feeds are published (site paths; part of the content model's URL contract).</summary>
public static class FeedPaths
{
    /// <summary>The Atom feed of the latest items.</summary>
    public const string Atom = "/feed.xml";

    /// <summary>The same items as a JSON Feed 1.1.</summary>
    public const string Json = "/feed.json";

    /// <summary>The Atom feed of a topic's items: <c>/topics/SLUG/feed.xml</c>.</summary>
    public static string Topic(string topicUrl) => $"{topicUrl}feed.xml";

    /// <summary>The Atom feed of the reports on every edition of a series: <c>/series/ID/feed.xml</c>.</summary>
    public static string Series(string seriesUrl) => $"{seriesUrl}feed.xml";
}
