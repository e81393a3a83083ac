using System.Collections.Immutable;
using System.Text.Json;

namespace Annals.Web.Search;

/// <summary>
/// Writes the results' fragments in chunks of <see cref="SearchIndexOptions.FragmentsPerChunk"/> documents: chunk
/// <c>i</c> holds documents <c>i * size</c> to <c>(i + 1) * size - 1</c>, so the manifest needs only one hash per chunk
/// and a page of results downloads a few small files. A fragment is
/// <c>{"t":title,"u":url,"d":iso date,"w":date for readers,"k":kind,"p":[topic numbers],"e":event,"x":excerpt}</c>,
/// topics numbered as in the manifest's <c>topics</c>; <c>p</c> and <c>e</c> are left out when empty.
/// </summary>
internal static class FragmentWriter
{
    public const string Folder = "search/fragments/";

    public static (ImmutableArray<string> Hashes, ImmutableArray<SearchFile> Files) Write(
        IReadOnlyList<SearchDocument> documents,
        IReadOnlyDictionary<string, int> topicNumbers,
        int chunkSize,
        CancellationToken cancellationToken = default)
    {
        var hashes = ImmutableArray.CreateBuilder<string>();
        var files = ImmutableArray.CreateBuilder<SearchFile>();
        for (int start = 0; start < documents.Count; start += chunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = Math.Min(start + chunkSize, documents.Count);
            byte[] bytes = SearchJson.Write(writer =>
            {
                writer.WriteStartArray();
                for (int i = start; i < end; i++)
                {
                    WriteFragment(writer, documents[i].Fragment, topicNumbers);
                }

                writer.WriteEndArray();
            });
            string hash = ContentName.Hash(bytes);
            hashes.Add(hash);
            files.Add(new SearchFile($"{Folder}{hash}.json", bytes));
        }

        return (hashes.ToImmutable(), files.ToImmutable());
    }

    private static void WriteFragment(Utf8JsonWriter writer, SearchFragment fragment, IReadOnlyDictionary<string, int> topicNumbers)
    {
        writer.WriteStartObject();
        writer.WriteString("t", fragment.Title);
        writer.WriteString("u", fragment.Url);
        writer.WriteString("d", fragment.DateIso);
        writer.WriteString("w", fragment.DateDisplay);
        writer.WriteString("k", fragment.Kind);
        if (fragment.TopicSlugs.Length > 0)
        {
            writer.WriteStartArray("p");
            foreach (string slug in fragment.TopicSlugs)
            {
                writer.WriteNumberValue(topicNumbers[slug]);
            }

            writer.WriteEndArray();
        }

        if (fragment.EventName is { } name)
        {
            writer.WriteString("e", name);
        }

        writer.WriteString("x", fragment.Excerpt);
        writer.WriteEndObject();
    }
}
