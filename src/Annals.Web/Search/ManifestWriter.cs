using System.Collections.Immutable;
using System.Text.Json;

namespace Annals.Web.Search;

/// <summary>
/// Writes <c>search/manifest.json</c>, the one index file with a fixed name (hosting revalidates it; everything it
/// names is content-hashed and cacheable forever):
/// <code>
/// {"version":1,"documents":N,"chunkSize":8,
///  "shards":["","ab",...],"shardFiles":["hash",...],   shard i holds terms from shards[i] to shards[i+1]
///  "fragmentFiles":["hash",...],                       chunk i holds documents i*chunkSize...
///  "years":[[2024,512],...],"topics":[["slug","Name",count],...],
///  "events":"hash"}                                    search/events.HASH.json: [["id","Name",year,count],...]
/// </code>
/// Shards are at <c>search/terms/HASH.json</c> and chunks at <c>search/fragments/HASH.json</c>.
/// </summary>
internal static class ManifestWriter
{
    public const int Version = 1;
    public const string Path = "search/manifest.json";
    public const string EventsPrefix = "search/events.";

    public static SearchFile WriteEvents(ImmutableArray<FilterValues.EventValue> events, out string hash)
    {
        byte[] bytes = SearchJson.Write(writer =>
        {
            writer.WriteStartArray();
            foreach (FilterValues.EventValue value in events)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(value.Id);
                writer.WriteStringValue(value.Name);
                writer.WriteNumberValue(value.Year);
                writer.WriteNumberValue(value.Count);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        });
        hash = ContentName.Hash(bytes);
        return new SearchFile($"{EventsPrefix}{hash}.json", bytes);
    }

    public static SearchFile Write(
        int documentCount,
        int chunkSize,
        ImmutableArray<string> separators,
        ImmutableArray<string> shardHashes,
        ImmutableArray<string> fragmentHashes,
        FilterValues filters,
        string eventsHash)
    {
        byte[] bytes = SearchJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", Version);
            writer.WriteNumber("documents", documentCount);
            writer.WriteNumber("chunkSize", chunkSize);
            WriteStrings(writer, "shards", separators);
            WriteStrings(writer, "shardFiles", shardHashes);
            WriteStrings(writer, "fragmentFiles", fragmentHashes);
            writer.WriteStartArray("years");
            foreach (FilterValues.YearValue year in filters.Years)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(year.Year);
                writer.WriteNumberValue(year.Count);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("topics");
            foreach (FilterValues.TopicValue topic in filters.Topics)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(topic.Slug);
                writer.WriteStringValue(topic.Name);
                writer.WriteNumberValue(topic.Count);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteString("events", eventsHash);
            writer.WriteEndObject();
        });
        return new SearchFile(Path, bytes);
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
