using System.Collections.Immutable;
using System.Globalization;
using Annals.Pipeline.Diagnostics;
using Annals.Web.Content.Model;

namespace Annals.Web.Content;

/// <summary>
/// Reads a news item (<c>input/posts/**/*.md</c>). Every problem of the file is reported; null is returned
/// when the item cannot have a page (no usable title, date or slug). A bad optional value is reported and
/// left out, so that later stages can still find the other problems of the build.
/// </summary>
public static class NewsItemReader
{
    /// <summary>Titles longer than this are cut off in search results and feeds.</summary>
    public const int LongTitle = 150;

    /// <summary>The keys a news item may have, in the order of the content model (<see cref="ContentModel.NewsItem"/>).</summary>
    public static readonly ImmutableArray<string> Keys = ContentModel.NewsItem.Keys;

    public static NewsItem? Read(string sourcePath, ReadOnlySpan<byte> bytes, IDiagnosticSink sink)
    {
        ParsedFile? file = FrontMatterParser.Parse(sourcePath, bytes, sink);
        return file is null ? null : Read(file, sink);
    }

    public static NewsItem? Read(ParsedFile file, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(file);
        FieldReader fields = file.FrontMatter.Fields(sink);
        fields.WarnUnknownKeys(Keys, "a news item");

        string? title = fields.RequiredText(ContentModel.NewsItem["title"]);
        if (title is { Length: > LongTitle })
        {
            fields.Warning(
                ContentCodes.LongTitle,
                string.Create(CultureInfo.InvariantCulture, $"the title is {title.Length} characters long; titles over {LongTitle} characters are cut off in search results and feeds: shorten it and put the details in 'summary'"),
                "title");
        }

        ContentDate? date = fields.RequiredDate(ContentModel.NewsItem["date"]);
        string? summary = fields.Text("summary");
        ImmutableArray<TopicRef> topics = TopicRefs.Read(fields);
        (string? eventId, EventInfo? inlineEvent) = NewsItemFields.Event(fields);
        ImmutableArray<DelegationMember> delegation = NewsItemFields.Delegation(fields);
        string? image = NewsItemFields.Image(fields);
        string? imageAlt = fields.Text("image_alt");
        bool altMissing = fields.Node("image_alt") switch
        {
            null => true,
            ScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value),
            _ => false, // a list or map was already reported as the wrong shape
        };
        if (fields.Node("image") is not null && altMissing)
        {
            fields.Error(
                ContentCodes.ImageWithoutAlt,
                "'image' needs 'image_alt': add a line like image_alt: The Hofburg conference centre in Vienna, describing the picture for people who cannot see it",
                "image");
        }

        string? imageCaption = fields.Text("image_caption");
        string? imageCredit = fields.Text("image_credit");
        ItemType? type = NewsItemFields.Type(fields);
        string? location = fields.Text("location");
        string? video = fields.Url("video");
        string? slug = NewsItemFields.Slug(fields, title);
        ImmutableArray<string> aliases = NewsItemFields.Aliases(fields);
        bool? draft = fields.Boolean("draft");

        if (title is null || date is null || slug is null)
        {
            return null;
        }

        return new NewsItem
        {
            SourcePath = file.SourcePath,
            Title = title,
            Date = date.Value,
            Summary = summary,
            Topics = topics,
            EventId = eventId,
            InlineEvent = inlineEvent,
            Delegation = delegation,
            Image = image,
            ImageAlt = imageAlt,
            ImageCaption = imageCaption,
            ImageCredit = imageCredit,
            Type = type ?? ItemType.Report,
            Location = location,
            Video = video,
            Slug = slug,
            Aliases = aliases,
            Draft = draft ?? false,
            Body = file.Body,
            BodyLine = file.BodyLine,
            Lines = file.FrontMatter.Lines,
        };
    }
}
