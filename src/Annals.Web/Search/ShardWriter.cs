using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Annals.Web.Search;

/// <summary>
/// Cuts the sorted terms into shards of about <see cref="SearchIndexOptions.ShardBytes"/>, so a query downloads only
/// the shards its terms fall in. A shard file is <c>[["term","postings"],...]</c> in term order. The manifest finds a
/// term's shard by its separators: shard <c>i</c> holds every term from <c>Separators[i]</c> up to (not including)
/// <c>Separators[i + 1]</c>. A separator is the shortest start of the shard's first term that is still above the
/// previous shard's last term, which keeps the map small.
/// </summary>
internal static class ShardWriter
{
    public const string Folder = "search/terms/";

    public static (ImmutableArray<string> Separators, ImmutableArray<string> Hashes, ImmutableArray<SearchFile> Files) Write(
        InvertedIndex index,
        int targetBytes,
        CancellationToken cancellationToken = default)
    {
        var separators = ImmutableArray.CreateBuilder<string>();
        var hashes = ImmutableArray.CreateBuilder<string>();
        var files = ImmutableArray.CreateBuilder<SearchFile>();
        var entries = new List<(string Term, string Postings)>();
        int size = 0;
        string? previousLast = null;

        void Flush()
        {
            separators.Add(previousLast is null ? string.Empty : Separator(previousLast, entries[0].Term));
            byte[] bytes = SearchJson.Write(writer => WriteShard(writer, entries));
            string hash = ContentName.Hash(bytes);
            hashes.Add(hash);
            files.Add(new SearchFile($"{Folder}{hash}.json", bytes));
            previousLast = entries.Count > 0 ? entries[^1].Term : previousLast;
            entries.Clear();
            size = 0;
        }

        for (int t = 0; t < index.Terms.Length; t++)
        {
            if (t % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            string term = index.Terms[t];
            PostingList list = index.Postings[t];
            string postings = list.Encoded;
            int entrySize = Encoding.UTF8.GetByteCount(term) + postings.Length + 8;
            if (entries.Count > 0 && size + entrySize > targetBytes)
            {
                Flush();
            }

            entries.Add((term, postings));
            size += entrySize;
        }

        if (entries.Count > 0 || separators.Count == 0)
        {
            Flush();
        }

        return (separators.ToImmutable(), hashes.ToImmutable(), files.ToImmutable());
    }

    /// <summary>The shortest start of <paramref name="first"/> that sorts after <paramref name="previous"/>.</summary>
    internal static string Separator(string previous, string first)
    {
        for (int length = 1; length < first.Length; length++)
        {
            // Never end between the two halves of a surrogate pair: the prefix would not be valid text.
            if (char.IsHighSurrogate(first[length - 1]))
            {
                continue;
            }

            string candidate = first[..length];
            if (string.CompareOrdinal(candidate, previous) > 0)
            {
                return candidate;
            }
        }

        return first;
    }

    private static void WriteShard(Utf8JsonWriter writer, List<(string Term, string Postings)> entries)
    {
        writer.WriteStartArray();
        foreach ((string term, string postings) in entries)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(term);
            writer.WriteStringValue(postings);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}
