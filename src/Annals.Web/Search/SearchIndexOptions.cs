namespace Annals.Web.Search;

/// <summary>How the index is cut into files; the defaults were measured on the 10,000-item benchmark corpus.</summary>
public sealed record SearchIndexOptions
{
    public static readonly SearchIndexOptions Default = new();

    /// <summary>
    /// A shard is closed once it holds about this many bytes (a single term's postings may be larger). Smaller
    /// shards waste fewer bytes on the other terms of a query's shard but make the manifest's shard map longer.
    /// </summary>
    public int ShardBytes { get; init; } = 16 * 1024;

    /// <summary>Result fragments per file: the first page of results touches up to ten files.</summary>
    public int FragmentsPerChunk { get; init; } = 8;

    /// <summary>Cores to tokenize on.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
