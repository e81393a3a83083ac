using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.FileSystem;
using Annals.Web.Content;

namespace Annals.Web.Authoring;

/// <summary>
/// The events and topics a site already has, read from <c>input/</c>, so that <c>annals new</c> can check an event id,
/// copy from an earlier edition, and list what exists in a comment of the new file. Files with problems are
/// skipped here (the build reports them).
/// </summary>
public sealed class SiteCatalog
{
    private SiteCatalog(ImmutableArray<KnownEvent> events, ImmutableArray<string> topics)
    {
        Events = events;
        Topics = topics;
        EventsById = events.ToImmutableDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>Newest first.</summary>
    public ImmutableArray<KnownEvent> Events { get; }

    public ImmutableDictionary<string, KnownEvent> EventsById { get; }

    /// <summary>Topic names as people wrote them (topics.yml first), one per slug, in alphabetical order.</summary>
    public ImmutableArray<string> Topics { get; }

    public static SiteCatalog Read(string inputDirectory)
    {
        ArgumentNullException.ThrowIfNull(inputDirectory);
        var ignored = new DiagnosticBag();
        List<KnownEvent> events = [];
        foreach (string file in FileTree.List(Path.Combine(inputDirectory, "events"), IsMarkdown))
        {
            string id = Path.GetFileNameWithoutExtension(file);
            if (EventReader.Read(id, file, File.ReadAllBytes(file), ignored) is { } info)
            {
                events.Add(new KnownEvent(info.Id, info.Name, info.Organizer, info.Start, info.Series, info.Location));
            }
        }

        var topics = new Dictionary<string, string>(StringComparer.Ordinal);
        string topicsFile = Path.Combine(inputDirectory, "topics.yml");
        if (File.Exists(topicsFile))
        {
            foreach (TopicInfo topic in TopicsFileReader.Read(topicsFile, File.ReadAllBytes(topicsFile), ignored))
            {
                topics.TryAdd(topic.Slug, topic.Name);
            }
        }

        foreach (string file in FileTree.List(Path.Combine(inputDirectory, "posts"), IsMarkdown))
        {
            foreach (string name in TopicLines.Read(file))
            {
                topics.TryAdd(Slugifier.Slugify(name), name);
            }
        }

        return new SiteCatalog(
            [.. events.OrderByDescending(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal)],
            [.. topics.Values.Order(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>The most recent edition of a series, to copy its organizer from.</summary>
    public KnownEvent? LatestOf(string series) =>
        Events.FirstOrDefault(e => string.Equals(e.Series, series, StringComparison.Ordinal));

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
