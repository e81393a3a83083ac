namespace Annals.Pipeline.FileSystem;

/// <summary>
/// Lists files under a folder in a stable order (ordinal by path, never the file system's hash order),
/// skipping hidden files and folders and never following a symbolic link: a folder link could loop and hang a
/// build, and a file link could publish a file from outside the folder.
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
                // A file link may lead anywhere (/etc/passwd, a private folder): its target would be published.
                if (entry.LinkTarget is not null)
                {
                    onSkippedLink?.Invoke(entry.FullName);
                    continue;
                }

                files.Add(entry.FullName);
            }
        }
    }
}
