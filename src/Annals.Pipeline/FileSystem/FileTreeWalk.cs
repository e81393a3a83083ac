using System.IO.Enumeration;

namespace Annals.Pipeline.FileSystem;

/// <summary>
/// The one walk <see cref="FileTree"/> and <see cref="FileTreeStamps"/> make, so that what the build reads and what
/// its change check looks at are the same files: every level below the folder, hidden files and folders left out,
/// links to files and to folders listed but never followed. Whether an entry is a link comes from the listing itself.
/// </summary>
internal static class FileTreeWalk
{
    private static readonly EnumerationOptions Options = OptionsFor(recurse: true);

    private static readonly EnumerationOptions OneLevelOptions = OptionsFor(recurse: false);

    /// <summary>Files and links under <paramref name="folder"/>, each made into a <typeparamref name="T"/>, in the file system's order.</summary>
    public static FileSystemEnumerable<T> Over<T>(string folder, FileSystemEnumerable<T>.FindTransform transform) =>
        new(folder, transform, Options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !IsHidden(entry.FileName) && !IsFolderToWalk(ref entry),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsHidden(entry.FileName) && IsFolderToWalk(ref entry),
        };

    /// <summary>
    /// The entries directly in <paramref name="folder"/> that <see cref="Over"/> lists or walks into: files, links,
    /// and the folders it would recurse into (the transform tells them apart with <see cref="IsFolderToWalk"/>).
    /// </summary>
    public static FileSystemEnumerable<T> OneLevel<T>(string folder, FileSystemEnumerable<T>.FindTransform transform) =>
        new(folder, transform, OneLevelOptions)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !IsHidden(entry.FileName),
        };

    /// <summary>A folder <see cref="Over"/> walks into: not a link, not hidden (hidden entries are not listed at all).</summary>
    public static bool IsFolderToWalk(ref FileSystemEntry entry) => entry.IsDirectory && !IsLink(ref entry);

    public static bool IsHidden(ReadOnlySpan<char> name) => name.StartsWith('.');

    /// <summary>Nothing skipped by attribute and no error ignored: hidden entries are left out by name, above.</summary>
    private static EnumerationOptions OptionsFor(bool recurse) => new()
    {
        RecurseSubdirectories = recurse,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    public static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
