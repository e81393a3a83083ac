namespace Annals.Pipeline.Diagnostics;

/// <summary>
/// Where a problem is: a path relative to the site root (forward slashes), and a 1-based line and column
/// when they are known (0 means unknown).
/// </summary>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public override string ToString()
    {
        if (Line <= 0)
        {
            return Path;
        }

        return Column <= 0 ? $"{Path}:{Line}" : $"{Path}:{Line}:{Column}";
    }
}
