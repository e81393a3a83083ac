using System.Collections.Concurrent;
using Annals.Web.Building;

namespace Annals.Web.Images;

/// <summary>
/// What a preview session remembers of images between rebuilds: the facts of each source by content hash, the cache
/// entries already checked, and an epoch that moves whenever an image may have changed, so the Markdown bodies that
/// show images are rendered again (their markup names the image's hash and size).
/// </summary>
public sealed class ImageMemory
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg"];

    private int _epoch;

    internal ConcurrentDictionary<UInt128, ImageProbe> Probes { get; } = new();

    internal ConcurrentDictionary<UInt128, (string Path, FileStamp Stamp)> Verified { get; } = new();

    /// <summary>
    /// What each image path resolved to, with the epoch it was resolved in: while no image changed, a run reuses it
    /// without looking at the file again (at 10,000 items, 1,426 status calls and link checks per run).
    /// </summary>
    internal ConcurrentDictionary<string, (int Epoch, ImageCatalog.Entry Entry)> Entries { get; } = new(StringComparer.Ordinal);

    public int Epoch => Volatile.Read(ref _epoch);

    /// <summary>Called with what the watcher saw change (a folder may hold images too), or null when it is unknown.</summary>
    public void NoteChanges(IEnumerable<string>? changedPaths)
    {
        if (changedPaths is null || changedPaths.Any(path => Path.GetExtension(path).Length == 0 || ImageExtensions.Contains(Path.GetExtension(path).ToLowerInvariant())))
        {
            Interlocked.Increment(ref _epoch);
        }
    }
}
