using System.Collections.Immutable;

namespace Annals.Web.Preview;

/// <summary>
/// The files that changed during one burst of saves. <see cref="Overflowed"/> means the watcher lost count (too many
/// changes at once) and everything must be checked. <see cref="FirstSeen"/> is when the first change was noticed,
/// the start of the save-to-reload time.
/// </summary>
public sealed record ChangeBatch(ImmutableArray<string> Paths, bool Overflowed, long FirstSeen);
