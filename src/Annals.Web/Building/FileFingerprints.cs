using System.Collections.Concurrent;

namespace Annals.Web.Building;

/// <summary>
/// Remembers the content hash of each file read during a session, with the size and modification time it had, so a
/// file whose size and time are unchanged is not read again (10,000 posts are 80 MB; their sizes and times are a
/// few milliseconds). Paths the watcher reported as changed are forgotten before a run, so an edit is never missed
/// even on a file system with coarse modification times.
/// </summary>
public sealed class FileFingerprints
{
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, UInt128 Hash)> _known = new(StringComparer.Ordinal);

    /// <summary>
    /// When true, a remembered file is taken as unchanged without looking at its size and time: the owner promises to
    /// <see cref="Forget"/> every path a watcher reports and to <see cref="ForgetAll"/> when the watcher loses track.
    /// A preview session does, and saves 10,000 file-system calls per rebuild.
    /// </summary>
    public bool TrustUntilForgotten { get; init; }

    /// <summary>The hash of the file as last read, when its size and time say it has not changed since.</summary>
    public bool TryGet(string fullPath, out UInt128 hash)
    {
        if (_known.TryGetValue(fullPath, out var known) && (TrustUntilForgotten || known.Stamp == FileStamp.Of(fullPath)))
        {
            hash = known.Hash;
            return true;
        }

        hash = default;
        return false;
    }

    /// <param name="fullPath">The file.</param>
    /// <param name="stampBeforeRead">Taken before the bytes were read, so a write during the read is seen next time.</param>
    /// <param name="hash">The hash of the bytes that were read.</param>
    public void Record(string fullPath, FileStamp stampBeforeRead, UInt128 hash) => _known[fullPath] = (stampBeforeRead, hash);

    public void Forget(string fullPath) => _known.TryRemove(fullPath, out _);

    /// <summary>Forgets a folder and everything under it (a folder was renamed or deleted).</summary>
    public void ForgetUnder(string folder)
    {
        string prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        foreach (string path in _known.Keys)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) || string.Equals(path, folder, StringComparison.Ordinal))
            {
                _known.TryRemove(path, out _);
            }
        }
    }

    public void ForgetAll() => _known.Clear();
}
