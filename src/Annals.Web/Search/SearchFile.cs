namespace Annals.Web.Search;

/// <summary>One file of the search index: its path under the output folder (<c>search/...</c>) and its bytes.</summary>
public sealed record SearchFile(string Path, ReadOnlyMemory<byte> Bytes);
