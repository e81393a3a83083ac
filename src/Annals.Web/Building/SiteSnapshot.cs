namespace Annals.Web.Building;

/// <summary>
/// A whole built site in memory, by output path (<c>news/2024/x/index.html</c>, <c>feed.xml</c>). Never changed
/// once made: a rebuild makes a new snapshot and the server swaps it in, so a request sees one site or the other,
/// never half of each.
/// </summary>
public sealed class SiteSnapshot(IReadOnlyDictionary<string, SiteFile> files, long version)
{
    public static readonly SiteSnapshot Empty = new(new Dictionary<string, SiteFile>(StringComparer.Ordinal), 0);

    public IReadOnlyDictionary<string, SiteFile> Files { get; } = files;

    /// <summary>Grows by one with every snapshot of a session.</summary>
    public long Version { get; } = version;

    public SiteFile? Find(string outputPath) => Files.GetValueOrDefault(outputPath);
}
