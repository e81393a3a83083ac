namespace Annals.Web.Building;

/// <summary>What a file's metadata says about its content without reading it: its size and last write time.</summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    /// <summary>The stamp of a file now; a missing file has length -1, so it never matches a file that existed.</summary>
    public static FileStamp Of(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : new FileStamp(-1, 0);
    }
}
