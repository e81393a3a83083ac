using System.Text.Json;
using Annals.Web.Search;

namespace Annals.Web.Tests.Search;

/// <summary>
/// Reads a built search index the way search.js does (manifest, shard by separator, postings, fragment chunks), so
/// tests can ask what a term finds without a browser.
/// </summary>
internal sealed class BuiltIndex
{
    private readonly string _output;

    public BuiltIndex(string output)
    {
        _output = output;
        Manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "search", "manifest.json"))).RootElement;
    }

    public JsonElement Manifest { get; }

    public string[] Separators => [.. Manifest.GetProperty("shards").EnumerateArray().Select(e => e.GetString()!)];

    public int ShardOf(string term)
    {
        string[] separators = Separators;
        int found = 0;
        for (int i = 0; i < separators.Length; i++)
        {
            if (string.CompareOrdinal(separators[i], term) <= 0)
            {
                found = i;
            }
        }

        return found;
    }

    public Dictionary<string, string> Shard(int number)
    {
        string hash = Manifest.GetProperty("shardFiles")[number].GetString()!;
        using JsonDocument shard = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_output, "search", "terms", hash + ".json")));
        return shard.RootElement.EnumerateArray().ToDictionary(e => e[0].GetString()!, e => e[1].GetString()!, StringComparer.Ordinal);
    }

    /// <summary>The documents of an exact term (a word or a filter term such as <c>#y:2024</c>), with impacts for words.</summary>
    public (List<int> Documents, List<int> Impacts) Postings(string term) =>
        Shard(ShardOf(term)).TryGetValue(term, out string? postings)
            ? PostingCodec.Decode(postings, !FilterTerms.IsFilter(term))
            : ([], []);

    public JsonElement Fragment(int document)
    {
        int size = Manifest.GetProperty("chunkSize").GetInt32();
        string hash = Manifest.GetProperty("fragmentFiles")[document / size].GetString()!;
        using JsonDocument chunk = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_output, "search", "fragments", hash + ".json")));
        return chunk.RootElement[document % size].Clone();
    }

    /// <summary>The URLs of the documents containing a word, best impact first.</summary>
    public List<string> Find(string word)
    {
        string term = SearchTokenizer.Terms(word).Single();
        var (documents, impacts) = Postings(term);
        return [.. documents.Zip(impacts).OrderByDescending(p => p.Second).ThenByDescending(p => p.First).Select(p => Fragment(p.First).GetProperty("u").GetString()!)];
    }
}
