using System.Collections.Immutable;

namespace Annals.Web.Content;

/// <summary>Reads a <c>topics</c> list of an item or event into topic references, one per slug.</summary>
internal static class TopicRefs
{
    /// <summary>
    /// A single value is accepted as a one-topic list (<c>topics: OSCE</c>) because staff write it that way
    /// and the meaning is clear; one value with commas is probably several topics, so it gets a warning.
    /// </summary>
    public static ImmutableArray<TopicRef> Read(FieldReader fields)
    {
        ImmutableArray<TextEntry> entries = fields.TextList("topics", singleAllowed: true, "[Human trafficking, OSCE]");
        if (fields.Node("topics") is ScalarNode && entries.Length == 1 && entries[0].Value.Contains(',', StringComparison.Ordinal))
        {
            fields.Warning(
                ContentCodes.TopicsLookLikeOneText,
                $"'topics' is one topic named \"{entries[0].Value}\"; if you meant several topics, write them as a list: topics: [{entries[0].Value}]",
                "topics");
        }

        ImmutableArray<TopicRef>.Builder topics = ImmutableArray.CreateBuilder<TopicRef>(entries.Length);
        HashSet<string> seen = new(StringComparer.Ordinal);
        foreach (TextEntry entry in entries)
        {
            string slug = Slugifier.Slugify(entry.Value);
            if (seen.Add(slug))
            {
                topics.Add(new TopicRef(slug, entry.Value));
            }
        }

        return topics.ToImmutable();
    }
}
