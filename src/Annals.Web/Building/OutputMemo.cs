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
    private ConcurrentDictionary<string, (UInt128 Stamp, object Made)> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (UInt128 Stamp, object Made)> _current = new(LockStripes, 31, StringComparer.Ordinal);

    /// <summary>What was made under <paramref name="stamp"/> for <paramref name="destination"/> in this run or the last, else what <paramref name="make"/> makes now.</summary>
    /// <typeparam name="T">The text, or bytes, or files made.</typeparam>
    public T GetOrMake<T>(string destination, UInt128 stamp, Func<T> make)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(make);
        ConcurrentDictionary<string, (UInt128 Stamp, object Made)> current;
        ConcurrentDictionary<string, (UInt128 Stamp, object Made)> previous;
        lock (_lock)
        {
            current = _current;
            previous = _previous;
        }

        if ((current.TryGetValue(destination, out var kept) || previous.TryGetValue(destination, out kept))
            && kept.Stamp == stamp
            && kept.Made is T made)
        {
            current[destination] = kept;
            return made;
        }

        T fresh = make();
        current[destination] = (stamp, fresh);
        return fresh;
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
