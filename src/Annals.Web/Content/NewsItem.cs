using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Content;

/// <summary>
/// One news item (a delegation report, statement, announcement or news) as written in
/// <c>input/posts/**/*.md</c>, typed and checked. References (event ids, image files, links in the body)
/// are checked later, where the whole site is known; <see cref="Lines"/> lets those checks name the line.
/// </summary>
public sealed record NewsItem
{
    private static readonly ConditionalWeakTable<NewsItem, string> Urls = [];

    public required string SourcePath { get; init; }

    public required string Title { get; init; }

    public required ContentDate Date { get; init; }

    public string? Summary { get; init; }

    /// <summary>Topics in the order written, one per slug (the first spelling of a slug is kept).</summary>
    public ImmutableArray<TopicRef> Topics { get; init; } = [];

    /// <summary>The event this item is about: an id written as <c>event: id</c> or the <c>id</c> of an inline event.</summary>
    public string? EventId { get; init; }

    /// <summary>The event written inline under <c>event:</c>, if it was written that way.</summary>
    public EventInfo? InlineEvent { get; init; }

    public ImmutableArray<DelegationMember> Delegation { get; init; } = [];

    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    public string? ImageCaption { get; init; }

    public string? ImageCredit { get; init; }

    public ItemType Type { get; init; } = ItemType.Report;

    /// <summary>The place as written; the site graph falls back to the event's location.</summary>
    public string? Location { get; init; }

    public string? Video { get; init; }

    /// <summary>From <c>slug</c> when written, else made from the title.</summary>
    public required string Slug { get; init; }

    /// <summary>Old site paths that must redirect here.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    public bool Draft { get; init; }

    /// <summary>The Markdown after the front matter.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>The 1-based file line where <see cref="Body"/> starts.</summary>
    public int BodyLine { get; init; }

    public FieldLines Lines { get; init; } = FieldLines.Empty;

    /// <summary>The year of the day as written (never converted to UTC).</summary>
    public int Year => Date.Day.Year;

    /// <summary>The item's page, e.g. <c>/news/2024/report-on-the-conference/</c>.</summary>
    /// <remarks>
    /// Made once per item object and kept beside it rather than in a field, which would take part in the record's
    /// equality and be copied by <c>with</c>: a run asks for it about ten times per item.
    /// </remarks>
    public string Url => Urls.GetValue(this, static item => string.Create(CultureInfo.InvariantCulture, $"/news/{item.Year}/{item.Slug}/"));

    /// <summary>Where a front-matter key of this item is written, for messages of later stages.</summary>
    public SourceLocation LocationOf(string key) => new(SourcePath, Lines[key]);
}
