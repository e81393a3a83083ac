using System.Collections.Concurrent;

namespace Annals.Web.Building;

/// <summary>
/// The text of site-wide files (feeds, the sitemap, calendars) kept between the runs of a preview session, each
/// under a stamp of what it is made from: after a one-post edit most feeds do not include the post, and re-writing
/// 60 feeds, a 15,000-line sitemap and a 1,250-event calendar was a third of the run. A stamp may change when the
/// text would not (the text is then written again); it must never stay the same when the text would change.
/// Entries a run did not use are dropped after the next one.
/// </summary>
public sealed class OutputMemo
{
    /// <summary>Every event's calendar is stored from all cores at once: with one lock per core they queued for them.</summary>
    private const int LockStripes = 64;

    private readonly Lock _lock = new();
    private ConcurrentDictionary<string, (UInt128 Stamp, string Text)> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (UInt128 Stamp, string Text)> _current = new(LockStripes, 31, StringComparer.Ordinal);

    public string GetOrMake(string destination, UInt128 stamp, Func<string> make)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(make);
        ConcurrentDictionary<string, (UInt128 Stamp, string Text)> current;
        ConcurrentDictionary<string, (UInt128 Stamp, string Text)> previous;
        lock (_lock)
        {
            current = _current;
            previous = _previous;
        }

        if ((current.TryGetValue(destination, out var kept) || previous.TryGetValue(destination, out kept)) && kept.Stamp == stamp)
        {
            current[destination] = kept;
            return kept.Text;
        }

        string text = make();
        current[destination] = (stamp, text);
        return text;
    }

    /// <summary>After a run: what it did not use is forgotten at the end of the next one.</summary>
    public void Sweep()
    {
        lock (_lock)
        {
            _previous = _current;

            // Sized for what the last run made: a table that grows locks out every writer while it does.
            _current = new(LockStripes, Math.Max(31, _previous.Count), StringComparer.Ordinal);
        }
    }
}
