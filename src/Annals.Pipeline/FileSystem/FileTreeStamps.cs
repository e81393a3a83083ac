using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Runtime.ExceptionServices;

namespace Annals.Pipeline.FileSystem;

/// <summary>One file (or link) under a folder with what a change check needs: size and last write time.</summary>
/// <param name="FullPath">The file's full path.</param>
/// <param name="Length">Its size in bytes; -1 for a link.</param>
/// <param name="LastWriteTicks">Its last write time in UTC ticks; 0 for a link.</param>
/// <param name="IsLink">A symbolic link (to a file or a folder), which the build never follows.</param>
public readonly record struct FileTreeStamp(string FullPath, long Length, long LastWriteTicks, bool IsLink);

/// <summary>
/// The files under a folder with their sizes and times, in one walk: the file system's own listing gives each entry's
/// status, so a check over 25,000 files costs one status call a file instead of a listing, a status call and a link
/// lookup each. Hidden files and folders are left out and links are listed but never followed, as in
/// <see cref="FileTree"/>; the order is ordinal by path.
/// </summary>
public static class FileTreeStamps
{
    /// <summary>A hidden file or folder's name inside a relative path.</summary>
    private static readonly string HiddenNameAfterSeparator = Path.DirectorySeparatorChar + ".";

    public static IReadOnlyList<FileTreeStamp> List(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var levels = new ConcurrentBag<List<FileTreeStamp>>();
        try
        {
            Walk(folder, levels);
        }
        catch (AggregateException failure)
        {
            // An unreadable folder fails the listing as it would have in a plain walk, not wrapped (once per level).
            ExceptionDispatchInfo.Throw(failure.Flatten().InnerExceptions[0]);
        }

        var stamps = new List<FileTreeStamp>(levels.Sum(level => level.Count));
        foreach (List<FileTreeStamp> level in levels)
        {
            stamps.AddRange(level);
        }

        stamps.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return stamps;
    }

    /// <summary>
    /// Lists <paramref name="folder"/> and walks its folders in parallel: a status call a file is most of a listing,
    /// and a published site is one folder a page (155,000 at 100,000 items), so both cores share them.
    /// </summary>
    private static void Walk(string folder, ConcurrentBag<List<FileTreeStamp>> levels)
    {
        var here = new List<FileTreeStamp>();
        List<string>? folders = null;
        foreach ((FileTreeStamp stamp, string? subfolder) in FileTreeWalk.OneLevel(folder, Entry))
        {
            if (subfolder is null)
            {
                here.Add(stamp);
            }
            else
            {
                (folders ??= []).Add(subfolder);
            }
        }

        levels.Add(here);
        if (folders is not null)
        {
            Parallel.ForEach(folders, subfolder => Walk(subfolder, levels));
        }
    }

    private static (FileTreeStamp Stamp, string? Folder) Entry(ref FileSystemEntry entry) =>
        FileTreeWalk.IsFolderToWalk(ref entry) ? (default, entry.ToFullPath()) : (Stamp(ref entry), null);

    /// <summary>
    /// Whether <see cref="List"/> lists the file at <paramref name="relativePath"/> under its folder: not when the file
    /// or a folder on its way is hidden.
    /// </summary>
    public static bool IsListed(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        // A name starts the path or follows a separator; asked for every file a build writes, so no split.
        return !FileTreeWalk.IsHidden(relativePath) && !relativePath.Contains(HiddenNameAfterSeparator, StringComparison.Ordinal);
    }

    /// <summary>The stamp of a file the build has just written, as <see cref="List"/> would list it.</summary>
    public static FileTreeStamp OfWritten(string fullPath)
    {
        var file = new FileInfo(fullPath);
        return new FileTreeStamp(fullPath, file.Length, file.LastWriteTimeUtc.Ticks, IsLink: false);
    }

    private static FileTreeStamp Stamp(ref FileSystemEntry entry)
    {
        string path = entry.ToFullPath();
        return FileTreeWalk.IsLink(ref entry)
            ? new FileTreeStamp(path, -1, 0, IsLink: true)
            : new FileTreeStamp(path, entry.Length, entry.LastWriteTimeUtc.UtcTicks, IsLink: false);
    }
}
