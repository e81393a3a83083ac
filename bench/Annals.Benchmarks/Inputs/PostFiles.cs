namespace Annals.Benchmarks.Inputs;

/// <summary>A post file as the Posts pipeline hands it to the reader: its path as messages show it, and its bytes.</summary>
internal sealed record PostFile(string DisplayPath, byte[] Bytes);

/// <summary>An even sample of the corpus's post files, read into memory so that disk time is not measured.</summary>
internal static class PostFiles
{
    /// <summary>
    /// Every per-item benchmark works through this many items per call and reports the time and allocation of one
    /// (OperationsPerInvoke): enough files to cover short and long ones, few enough to keep a call short.
    /// </summary>
    public const int SampleSize = 100;

    public static PostFile[] Sample(int count)
    {
        string posts = Path.Combine(BenchmarkCorpus.InputFolder, "posts");
        string[] all = [.. Directory.EnumerateFiles(posts, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        return [.. Spread(all, count).Select(path => new PostFile(
            Path.GetRelativePath(BenchmarkCorpus.Root, path).Replace(Path.DirectorySeparatorChar, '/'),
            File.ReadAllBytes(path)))];
    }

    /// <summary>Every n-th element, from first to last, so that every year of the archive is in the sample.</summary>
    public static IEnumerable<T> Spread<T>(IReadOnlyList<T> all, int count)
    {
        ArgumentNullException.ThrowIfNull(all);
        if (all.Count < count)
        {
            throw new InvalidOperationException($"the corpus has {all.Count} entries; the benchmarks need at least {count}");
        }

        for (int i = 0; i < count; i++)
        {
            yield return all[(int)((long)i * all.Count / count)];
        }
    }
}
