using System.Security.Cryptography;

namespace Annals.Web.Cms.Local;

/// <summary>
/// The site folder as Decap's local backend sees it: paths relative to the folder that holds <c>input/</c>, with
/// '/' between folders. Only the editor's folders can be read or written (news items, events, uploads); any other
/// path, a <c>..</c>, an absolute path, a backslash or a symbolic link on the way is refused with
/// <see cref="LocalPathException"/>, so the API can never reach a file outside them.
/// </summary>
public sealed class LocalRepository
{
    /// <summary>The folders the editor works in, relative to the site folder.</summary>
    public static readonly string[] Folders = [CmsConfig.PostsFolder, CmsConfig.EventsFolder, CmsConfig.MediaFolder];

    /// <summary>Uploads larger than this are refused (a photo for the web is far smaller).</summary>
    public const int MaxFileBytes = 20 * 1024 * 1024;

    private const int MaxDepth = 8;

    public LocalRepository(string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(siteRoot);
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteRoot));
    }

    /// <summary>The site folder (the one holding <c>input/</c>).</summary>
    public string Root { get; }

    public string Name => Path.GetFileName(Root);

    /// <summary>The full path of a file the editor may touch.</summary>
    /// <exception cref="LocalPathException">The path is outside the editor's folders or not a plain relative path.</exception>
    public string Resolve(string relativePath)
    {
        string path = Check(relativePath);
        if (!Folders.Any(folder => path.StartsWith(folder + "/", StringComparison.Ordinal)))
        {
            throw new LocalPathException($"'{relativePath}' is not in {string.Join(", ", Folders)}");
        }

        string full = Path.GetFullPath(Path.Combine(Root, path));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new LocalPathException($"'{relativePath}' leads outside the site folder");
        }

        // A link inside the site could lead anywhere: refuse any on the way, from the site folder down.
        string current = Root;
        foreach (string segment in path.Split('/'))
        {
            current = Path.Combine(current, segment);
            var info = new FileInfo(current);
            if (info.Exists || Directory.Exists(current))
            {
                if (info.LinkTarget is not null || new DirectoryInfo(current).LinkTarget is not null)
                {
                    throw new LocalPathException($"'{relativePath}' goes through a link");
                }
            }
            else
            {
                break;
            }
        }

        return full;
    }

    /// <summary>The files under <paramref name="folder"/> with this extension, at most <paramref name="depth"/> folders down.</summary>
    public IReadOnlyList<string> List(string folder, string extension, int depth)
    {
        string normalized = Check(folder);
        if (!Folders.Contains(normalized, StringComparer.Ordinal))
        {
            throw new LocalPathException($"'{folder}' is not one of {string.Join(", ", Folders)}");
        }

        string full = Path.Combine(Root, normalized);
        var files = new List<string>();
        if (Directory.Exists(full) && new DirectoryInfo(full).LinkTarget is null)
        {
            Walk(full, normalized, extension, Math.Clamp(depth, 1, MaxDepth), files);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public byte[] Read(string relativePath) => File.ReadAllBytes(Resolve(relativePath));

    /// <summary>Writes a file; with <paramref name="createOnly"/>, refuses to replace one that exists.</summary>
    /// <returns>False when <paramref name="createOnly"/> and the file exists (it is left as it was).</returns>
    public bool Write(string relativePath, ReadOnlySpan<byte> bytes, bool createOnly)
    {
        if (bytes.Length > MaxFileBytes)
        {
            throw new LocalPathException($"'{relativePath}' is larger than {MaxFileBytes / (1024 * 1024)} MB");
        }

        string full = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (createOnly && File.Exists(full))
        {
            return false;
        }

        // Written in the site folder (outside input/, so no build reads it), then moved in one step: neither the
        // watcher nor a reader ever sees half a file.
        string temporary = Path.Combine(Root, ".annals-cms-" + Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllBytes(temporary, bytes.ToArray());
        try
        {
            File.Move(temporary, full, overwrite: !createOnly);
            return true;
        }
        catch (IOException) when (createOnly && File.Exists(full))
        {
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public void Delete(string relativePath)
    {
        string full = Resolve(relativePath);
        if (File.Exists(full))
        {
            File.Delete(full);
        }
    }

    /// <summary>Decap's id of a file's version: the SHA-256 of its bytes, in hex.</summary>
    public static string IdOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The path with '/' separators and no trailing '/', or an exception when it is not a plain relative path.</summary>
    private static string Check(string relativePath)
    {
        if (string.IsNullOrEmpty(relativePath) || relativePath.Length > 512)
        {
            throw new LocalPathException("the path is empty or too long");
        }

        string path = relativePath.TrimEnd('/');
        if (path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal)
            || path.Any(char.IsControl))
        {
            throw new LocalPathException($"'{relativePath}' is not a path inside the site folder");
        }

        if (path.Split('/').Any(segment => segment is "" or "." or ".." || segment.StartsWith('.')))
        {
            throw new LocalPathException($"'{relativePath}' has an empty, '.', '..' or hidden part");
        }

        return path;
    }

    private static void Walk(string directory, string relative, string extension, int depth, List<string> files)
    {
        foreach (FileSystemInfo entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.') || entry.LinkTarget is not null)
            {
                continue;
            }

            string path = relative + "/" + entry.Name;
            if (entry is DirectoryInfo)
            {
                if (depth > 1)
                {
                    Walk(entry.FullName, path, extension, depth - 1, files);
                }
            }
            else if (entry.Name.EndsWith(extension, StringComparison.Ordinal))
            {
                files.Add(path);
            }
        }
    }
}
