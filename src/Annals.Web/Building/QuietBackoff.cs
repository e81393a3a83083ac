namespace Annals.Web.Building;

/// <summary>
/// How long background work waits for a pause in the edits before it starts: <see cref="Shortest"/> at first, twice
/// as long after each start that a new edit made a waste (up to <see cref="Longest"/>), back to the shortest once a
/// run finished. Not thread-safe: its owner calls it under its own lock.
/// </summary>
internal sealed class QuietBackoff(TimeSpan shortest, TimeSpan longest)
{
    public TimeSpan Shortest { get; } = shortest;

    public TimeSpan Longest { get; } = longest;

    /// <summary>The pause the next start waits for.</summary>
    public TimeSpan Current { get; private set; } = shortest;

    /// <summary>A run had started and was dropped for a newer edit: wait longer next time.</summary>
    public void Wasted() => Current = TimeSpan.FromTicks(Math.Min(Current.Ticks * 2, Longest.Ticks));

    /// <summary>A run finished: the edits have paused, so the next one may start soon again.</summary>
    public void Finished() => Current = Shortest;
}
