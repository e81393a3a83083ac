using System.Collections.Immutable;

namespace Annals.Web.Search;

/// <summary>The files of a built search index (the manifest first) and what went into it.</summary>
public sealed record SearchIndexResult(ImmutableArray<SearchFile> Files, int DocumentCount, int TermCount, int ShardCount)
{
    public long TotalBytes => Files.Sum(f => (long)f.Bytes.Length);
}
