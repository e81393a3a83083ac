using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Content;

/// <summary>
/// Reads <c>input/series.yml</c>: per series id, an optional <c>name</c> and <c>description</c> (or
/// <c>id: Name</c>). Entries with an unusable id are reported and left out.
/// </summary>
public static class SeriesFileReader
{
    public static ImmutableArray<SeriesInfo> Read(string sourcePath, ReadOnlySpan<byte> bytes, IDiagnosticSink sink)
    {
        FrontMatter? file = YamlFileParser.Parse(sourcePath, bytes, sink);
        if (file is null)
        {
            return [];
        }

        FieldReader fields = file.Fields(sink);
        ImmutableArray<SeriesInfo>.Builder series = ImmutableArray.CreateBuilder<SeriesInfo>(file.Root.Entries.Length);
        foreach ((ScalarNode key, FrontMatterNode value) in file.Root.Entries)
        {
            bool idOk = SlugRules.IsSlug(key.Value);
            if (!idOk)
            {
                fields.Error(
                    ContentCodes.InvalidSeriesKey,
                    $"each series must be written by its id (lower-case letters, digits and hyphens, as in the events' 'series:'), like {Slugifier.Slugify(key.Value)}:; found \"{key.Value}\"",
                    key);
            }

            (string? name, string? description) = TopicsFileReader.NameAndDescription(fields, key, value, nameRequired: false);
            if (idOk)
            {
                series.Add(new SeriesInfo(key.Value, name, description));
            }
        }

        return series.ToImmutable();
    }
}
