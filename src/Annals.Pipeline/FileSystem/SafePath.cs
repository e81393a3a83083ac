namespace Annals.Pipeline.FileSystem;

/// <summary>Joins a root folder and a relative path from content, refusing anything that would leave the root.</summary>
public static class SafePath
{
    /// <summary>
    /// Returns the full path of <paramref name="relativePath"/> under <paramref name="root"/>, or null when the
    /// path is absolute, climbs out with <c>..</c>, or contains characters no file name should have.
    /// </summary>
    public static string? Combine(string root, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (string.IsNullOrEmpty(relativePath) || Path.IsPathRooted(relativePath) || HasControlCharacter(relativePath))
        {
            return null;
        }

        string fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        string combined = Path.GetFullPath(Path.Combine(fullRoot, relativePath));
        return combined.StartsWith(fullRoot, StringComparison.Ordinal) ? combined : null;
    }

    /// <summary>What <see cref="char.IsControl(char)"/> accepts, searched as two ranges (every file a build writes is checked).</summary>
    private static bool HasControlCharacter(ReadOnlySpan<char> path) =>
        path.IndexOfAnyInRange('\u0000', '\u001F') >= 0 || path.IndexOfAnyInRange('\u007F', '\u009F') >= 0;
}
