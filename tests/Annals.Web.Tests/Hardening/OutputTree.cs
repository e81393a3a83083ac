using System.Text;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// Every file under a folder with its bytes, keyed by its path relative to the folder ('/' separators, ordinal
/// order): what "the output is intact" and "the two builds are identical" are checked against.
/// </summary>
internal sealed class OutputTree
{
    private OutputTree(SortedDictionary<string, byte[]> files)
    {
        Files = files;
    }

    public SortedDictionary<string, byte[]> Files { get; }

    public static OutputTree Read(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/')] = File.ReadAllBytes(file);
            }
        }

        return new OutputTree(files);
    }

    /// <summary>Fails with the first difference (a missing, extra or changed file) when the trees are not byte-identical.</summary>
    public static void AssertIdentical(OutputTree expected, OutputTree actual, string what)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.True(expected.Files.Count > 0, $"{what}: the expected tree is empty");
        string? missing = expected.Files.Keys.FirstOrDefault(k => !actual.Files.ContainsKey(k));
        Assert.True(missing is null, $"{what}: '{missing}' is missing");
        string? extra = actual.Files.Keys.FirstOrDefault(k => !expected.Files.ContainsKey(k));
        Assert.True(extra is null, $"{what}: '{extra}' is extra");
        foreach ((string path, byte[] bytes) in expected.Files)
        {
            byte[] other = actual.Files[path];
            if (!bytes.AsSpan().SequenceEqual(other))
            {
                Assert.Fail($"{what}: '{path}' differs:\n{FirstDifference(bytes, other)}");
            }
        }
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        int at = expected.AsSpan().CommonPrefixLength(actual);
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, at - 80), Math.Min(bytes.Length, at + 80) - Math.Max(0, at - 80));
        return $"expected ...{Around(expected)}...\nactual   ...{Around(actual)}...";
    }
}
