namespace Annals.Pipeline.FileSystem;

/// <summary>
/// Builds a folder beside its final place and swaps it in only when the build succeeded, so a failed or
/// killed build never leaves half a site where the last good one was. The staging folder is a sibling
/// (<c>.output.tmp-*</c>) so the swap is a rename on one file system; leftovers of killed builds are
/// removed by the next one.
/// </summary>
public sealed class StagedDirectory : IDisposable
{
    private const string StagingMarker = ".tmp-";
    private const string RetiredMarker = ".old-";
    private bool _committed;

    private StagedDirectory(string finalPath, string stagingPath)
    {
        FinalPath = finalPath;
        StagingPath = stagingPath;
    }

    /// <summary>Where the site lives once committed.</summary>
    public string FinalPath { get; }

    /// <summary>Where the build writes until it commits.</summary>
    public string StagingPath { get; }

    public static StagedDirectory Create(string finalPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(finalPath);
        string fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(finalPath));
        string parent = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException("The output folder cannot be a file system root.", nameof(finalPath));
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(fullPath));

        string staging = Path.Combine(parent, $".{Path.GetFileName(fullPath)}{StagingMarker}{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new StagedDirectory(fullPath, staging);
    }

    /// <summary>Replaces the final folder with the staged one. The old site is removed only after the swap.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        string? retired = null;
        if (Directory.Exists(FinalPath))
        {
            retired = Path.Combine(Path.GetDirectoryName(FinalPath)!, $".{Path.GetFileName(FinalPath)}{RetiredMarker}{Guid.NewGuid():N}");
            Directory.Move(FinalPath, retired);
        }

        Directory.Move(StagingPath, FinalPath);
        _committed = true;
        if (retired is not null)
        {
            TryDelete(retired);
        }
    }

    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(StagingPath);
            _committed = true;
        }
    }

    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (string directory in Directory.EnumerateDirectories(parent, $".{name}.*"))
        {
            string leaf = Path.GetFileName(directory);
            if (leaf.StartsWith($".{name}{StagingMarker}", StringComparison.Ordinal) ||
                leaf.StartsWith($".{name}{RetiredMarker}", StringComparison.Ordinal))
            {
                TryDelete(directory);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
            // Another build may hold it; the next build removes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
