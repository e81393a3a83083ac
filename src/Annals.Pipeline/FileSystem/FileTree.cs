namespace Annals.Pipeline.FileSystem;

/// <summary>
/// Lists files under a folder in a stable order (ordinal by path, never the file system's hash order),
/// skipping hidden files and folders and never following a folder symlink, so a link loop cannot hang a build.
/// </summary>
public static class FileTree
{
    public static IReadOnlyList<string> List(string folder, Func<string, bool> include, Action<string>? onSkippedLink = null)
    {
        ArgumentNullException.ThrowIfNull(include);
        var files = new List<string>();
        if (Directory.Exists(folder))
        {
            Walk(new DirectoryInfo(folder), include, onSkippedLink, files);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Walk(DirectoryInfo folder, Func<string, bool> include, Action<string>? onSkippedLink, List<string> files)
    {
        foreach (FileSystemInfo entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            if (entry is DirectoryInfo directory)
            {
                if (directory.LinkTarget is not null)
                {
                    onSkippedLink?.Invoke(directory.FullName);
                    continue;
                }

                Walk(directory, include, onSkippedLink, files);
            }
            else if (include(entry.FullName))
            {
                files.Add(entry.FullName);
            }
        }
    }
}
