using System.Collections.Immutable;
using System.Globalization;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Content.Model;

namespace Annals.Web.Content;

/// <summary>
/// Reads an event file (<c>input/events/ID.md</c>) or an event written inline under a news item's
/// <c>event:</c>. Every problem is reported; null is returned when the id, name, organizer or start is
/// unusable. A bad optional value (end before start, a bad link) is reported and left out.
/// </summary>
public static class EventReader
{
    /// <summary>The keys an event may have (<see cref="ContentModel.Event"/>; an inline event also has <c>id</c>).</summary>
    public static readonly ImmutableArray<string> Keys = ContentModel.Event.Keys;

    private static readonly ImmutableArray<string> InlineKeys = [ContentModel.InlineEventId.Name, .. Keys];

    /// <param name="id">The file name without <c>.md</c>.</param>
    public static EventInfo? Read(string id, string sourcePath, ReadOnlySpan<byte> bytes, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(sink);
        bool idOk = SlugRules.IsSlug(id);
        if (!idOk)
        {
            sink.Report(Diagnostic.Error(
                ContentCodes.InvalidEventId,
                $"the event file name \"{id}\" is not a usable event id: use lower-case letters a-z, digits and single hyphens, like osce-alliance-2024.md; rename the file to {Slugifier.Slugify(id)}.md",
                new SourceLocation(sourcePath)));
        }

        ParsedFile? file = FrontMatterParser.Parse(sourcePath, bytes, sink);
        if (file is null)
        {
            return null;
        }

        FieldReader fields = file.FrontMatter.Fields(sink);
        fields.WarnUnknownKeys(Keys, "an event");
        EventInfo? info = ReadFields(fields, id, file.FrontMatter.Lines);
        return idOk && info is not null ? info with { Body = file.Body, BodyLine = file.BodyLine } : null;
    }

    /// <summary>
    /// Reads the map under a news item's <c>event:</c> (<paramref name="fields"/> reads that map), which must
    /// have an <c>id</c> besides the fields of an event file. The event's source path is the news item's.
    /// </summary>
    public static EventInfo? ReadInline(FieldReader fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields.WarnUnknownKeys(InlineKeys, "an event");
        string? id = fields.RequiredText(ContentModel.InlineEventId);
        if (id is not null && !SlugRules.IsSlug(id))
        {
            fields.Error(
                ContentCodes.InvalidEventId,
                $"the event 'id' must be lower-case letters a-z, digits and single hyphens, like {Slugifier.Slugify(id)}; found {ScalarNode.Quote(id)}",
                fields.Node("id")!);
            id = null;
        }

        EventInfo? info = ReadFields(fields, id ?? string.Empty, FieldLines.From(fields.Map, fields.MissingKeyLocation.Line));
        return id is null ? null : info;
    }

    private static EventInfo? ReadFields(FieldReader fields, string id, FieldLines lines)
    {
        string? name = fields.RequiredText(ContentModel.Event["name"]);
        string? organizer = fields.RequiredText(ContentModel.Event["organizer"]);
        ContentDate? start = fields.RequiredDate(ContentModel.Event["start"]);
        ContentDate? end = fields.Date("end");
        if (start is { } first && end is { } last && last.Day < first.Day)
        {
            fields.Error(
                ContentCodes.EndBeforeStart,
                string.Create(CultureInfo.InvariantCulture, $"'end' ({last.Original}) is before 'start' ({first.Original}); an event ends on or after the day it starts"),
                fields.Node("end")!);
            end = null;
        }

        string? series = fields.Text("series");
        if (series is not null && !SlugRules.IsSlug(series))
        {
            fields.Error(
                ContentCodes.InvalidSeriesId,
                $"'series' must be an id of lower-case letters a-z, digits and single hyphens, like {Slugifier.Slugify(series)}; found {ScalarNode.Quote(series)}",
                fields.Node("series")!);
            series = null;
        }

        // Every value is read before deciding, so that all problems of the event are reported together.
        string? location = fields.Text("location");
        ContentField editionField = ContentModel.Event["edition"];
        int? edition = fields.WholeNumber(editionField.Name, editionField.Minimum, editionField.Example);
        string? theme = fields.Text("theme");
        string? website = fields.Url("website");
        string? recording = fields.Url("recording");
        ImmutableArray<TopicRef> topics = TopicRefs.Read(fields);
        if (name is null || organizer is null || start is null)
        {
            return null;
        }

        return new EventInfo
        {
            Id = id,
            SourcePath = fields.SourcePath,
            Name = name,
            Organizer = organizer,
            Start = start.Value.Day,
            End = end?.Day,
            Location = location,
            Series = series,
            Edition = edition,
            Theme = theme,
            Website = website,
            Recording = recording,
            Topics = topics,
            Lines = lines,
        };
    }
}
