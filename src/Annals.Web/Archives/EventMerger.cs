using Annals.Pipeline.Diagnostics;
using Annals.Web.Content;
using Annals.Web.Markdown;
using Annals.Web.Pages;

namespace Annals.Web.Archives;

/// <summary>
/// Merges event files and inline <c>event:</c> maps into one set of events. An inline map may repeat what
/// the file says, never contradict it: every field it sets must equal the file's (or the first inline
/// map's, when there is no file).
/// </summary>
internal static class EventMerger
{
    public static Dictionary<string, (EventInfo Event, RenderedMarkdown? Description)> Merge(
        IReadOnlyList<(EventInfo Event, RenderedMarkdown Description)> eventFiles,
        IReadOnlyList<PublishedItem> items,
        IDiagnosticSink sink)
    {
        var events = new Dictionary<string, (EventInfo Event, RenderedMarkdown? Description)>(StringComparer.Ordinal);
        foreach ((EventInfo info, RenderedMarkdown description) in eventFiles)
        {
            events[info.Id] = (info, description);
        }

        foreach (NewsItem item in items.Select(p => p.Item).OrderBy(i => i.SourcePath, StringComparer.Ordinal))
        {
            if (item.InlineEvent is not { } inline)
            {
                continue;
            }

            if (!events.TryGetValue(inline.Id, out var known))
            {
                events[inline.Id] = (inline, null);
                continue;
            }

            foreach (string field in Differences(inline, known.Event))
            {
                string where = known.Event.SourcePath == item.SourcePath ? "elsewhere in this file" : known.Event.SourcePath;
                sink.Report(Diagnostic.Error(
                    ArchiveCodes.EventConflict,
                    $"the event '{inline.Id}' has a different '{field}' here than in {where}: write the same value, or just 'event: {inline.Id}' to use the event as it is defined there",
                    new SourceLocation(item.SourcePath, LineOf(inline, field, item))));
            }
        }

        return events;
    }

    /// <summary>The fields the inline map sets that differ from the reference event.</summary>
    private static IEnumerable<string> Differences(EventInfo inline, EventInfo reference)
    {
        if (!Same(inline.Name, reference.Name))
        {
            yield return "name";
        }

        if (!Same(inline.Organizer, reference.Organizer))
        {
            yield return "organizer";
        }

        if (inline.Start != reference.Start)
        {
            yield return "start";
        }

        if (inline.End is not null && inline.End != reference.End)
        {
            yield return "end";
        }

        foreach ((string field, string? mine, string? theirs) in new[]
        {
            ("location", inline.Location, reference.Location),
            ("series", inline.Series, reference.Series),
            ("theme", inline.Theme, reference.Theme),
            ("website", inline.Website, reference.Website),
            ("recording", inline.Recording, reference.Recording),
        })
        {
            if (mine is not null && !Same(mine, theirs))
            {
                yield return field;
            }
        }

        if (inline.Edition is not null && inline.Edition != reference.Edition)
        {
            yield return "edition";
        }
    }

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.Ordinal);

    private static int LineOf(EventInfo inline, string field, NewsItem item) =>
        inline.Lines.Contains(field) ? inline.Lines[field] : item.Lines["event"];
}
