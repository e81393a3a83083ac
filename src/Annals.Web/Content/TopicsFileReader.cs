using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Content;

/// <summary>
/// Reads <c>input/topics.yml</c>: per topic slug, its <c>name</c> and <c>description</c>. A topic may also be
/// written as <c>slug: Name</c> when it needs no description. Entries with problems are reported and left out.
/// </summary>
public static class TopicsFileReader
{
    public static ImmutableArray<TopicInfo> Read(string sourcePath, ReadOnlySpan<byte> bytes, IDiagnosticSink sink)
    {
        FrontMatter? file = YamlFileParser.Parse(sourcePath, bytes, sink);
        if (file is null)
        {
            return [];
        }

        FieldReader fields = file.Fields(sink);
        ImmutableArray<TopicInfo>.Builder topics = ImmutableArray.CreateBuilder<TopicInfo>(file.Root.Entries.Length);
        foreach ((ScalarNode key, FrontMatterNode value) in file.Root.Entries)
        {
            bool slugOk = SlugRules.IsSlug(key.Value);
            if (!slugOk)
            {
                fields.Error(
                    ContentCodes.InvalidTopicSlug,
                    $"each topic must be written by its slug (lower-case letters, digits and hyphens), like {Slugifier.Slugify(key.Value)}:, with its name below; found \"{key.Value}\"",
                    key);
            }

            (string? name, string? description) = NameAndDescription(fields, key, value, nameRequired: true);
            if (slugOk && name is not null)
            {
                topics.Add(new TopicInfo(key.Value, name, description));
            }
        }

        return topics.ToImmutable();
    }

    /// <summary>
    /// Reads <c>key: Name</c> or <c>key:</c> with <c>name:</c>/<c>description:</c> lines under it; shared with
    /// series.yml, whose entries have the same shape.
    /// </summary>
    internal static (string? Name, string? Description) NameAndDescription(FieldReader fields, ScalarNode key, FrontMatterNode value, bool nameRequired)
    {
        switch (value)
        {
            case MappingNode map:
                FieldReader entry = fields.Nested(map, key.Value);
                entry.WarnUnknownKeys(["name", "description"], $"'{key.Value}'");
                string? name = nameRequired ? entry.RequiredText("name", "Human trafficking") : entry.Text("name");
                return (name, entry.Text("description"));
            case ScalarNode { IsNull: true }:
                if (nameRequired)
                {
                    fields.Error(ContentCodes.MissingValue, $"'{key.Value}' needs a name: write {key.Value}: followed by the name, or a 'name:' line under it", key);
                }

                return (null, null);
            default:
                return (fields.TextOf(value, $"'{key.Value}'"), null);
        }
    }
}
