using System.Collections.Concurrent;

namespace Annals.Pipeline.FileSystem;

/// <summary>
/// Folder listings kept between the runs of a long-lived session (a preview server), so that a run after a one-file
/// edit does not walk 10,000 files again. A listing is dropped when a change could alter it: a path under the folder
/// that is not a file it already lists (a new file, a folder) or that no longer exists (a deletion, a rename).
/// An edited file that is still there leaves the listing as it was.
/// </summary>
public sealed class FileListings
{
    private readonly ConcurrentDictionary<string, Listing> _listings = new(StringComparer.Ordinal);

    /// <summary>The files under <paramref name="folder"/> as <see cref="FileTree.List"/> gives them, from memory when still valid.</summary>
    public IReadOnlyList<string> List(string folder, Func<string, bool> include, Action<string>? onSkippedLink = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(include);
        string key = Path.GetFullPath(folder);
        if (!_listings.TryGetValue(key, out Listing? listing))
        {
            List<string> skipped = [];
            IReadOnlyList<string> files = FileTree.List(folder, include, skipped.Add);
            listing = new Listing(files, new HashSet<string>(files, StringComparer.Ordinal), [.. skipped], include);
            _listings[key] = listing;
        }

        // Skipped links are reported on every run, as a fresh walk would.
        foreach (string link in listing.SkippedLinks)
        {
            onSkippedLink?.Invoke(link);
        }

        return listing.Files;
    }

    /// <summary>Drops the listings that the changed paths (files or folders, as a watcher reports them) may have altered.</summary>
    public void Invalidate(IEnumerable<string> changedPaths)
    {
        ArgumentNullException.ThrowIfNull(changedPaths);
        foreach (string changed in changedPaths)
        {
            string path = Path.GetFullPath(changed);
            foreach ((string folder, Listing listing) in _listings)
            {
                if (Affects(folder, listing, path))
                {
                    _listings.TryRemove(folder, out _);
                }
            }
        }
    }

    public void ForgetAll() => _listings.Clear();

    private static bool Affects(string folder, Listing listing, string path)
    {
        string prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            // A change to the folder itself or to one of its parents (renamed, deleted, replaced) alters everything.
            return string.Equals(path, folder, StringComparison.Ordinal) || folder.StartsWith(Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        }

        if (listing.Known.Contains(path))
        {
            // An edit keeps the listing; a deletion or a rename away does not.
            return !File.Exists(path);
        }

        // A file the listing would not include anyway (an editor's swap file) changes nothing; anything else
        // (a new file, a new or removed folder) may.
        return !(File.Exists(path) && !listing.Include(path));
    }

    private sealed record Listing(IReadOnlyList<string> Files, HashSet<string> Known, string[] SkippedLinks, Func<string, bool> Include);
}
