using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Content;

/// <summary>
/// A conference or meeting, from <c>input/events/ID.md</c> or written inline under a news item's
/// <c>event:</c> (then <see cref="SourcePath"/> is the news item's file and the body is empty).
/// </summary>
public sealed record EventInfo
{
    /// <summary>The event id: the file name without <c>.md</c>, or the inline <c>id</c>; slug-shaped.</summary>
    public required string Id { get; init; }

    public required string SourcePath { get; init; }

    public required string Name { get; init; }

    public required string Organizer { get; init; }

    public required DateOnly Start { get; init; }

    /// <summary>The last day, when the event lasts more than one day; never before <see cref="Start"/>.</summary>
    public DateOnly? End { get; init; }

    public string? Location { get; init; }

    /// <summary>The id of the recurring conference this is an edition of; slug-shaped.</summary>
    public string? Series { get; init; }

    public int? Edition { get; init; }

    public string? Theme { get; init; }

    public string? Website { get; init; }

    public string? Recording { get; init; }

    public ImmutableArray<TopicRef> Topics { get; init; } = [];

    public string Body { get; init; } = string.Empty;

    public int BodyLine { get; init; }

    public FieldLines Lines { get; init; } = FieldLines.Empty;

    public string Url => $"/events/{Id}/";

    /// <summary>Where a key of this event is written, for messages of later stages.</summary>
    public SourceLocation LocationOf(string key) => new(SourcePath, Lines[key]);
}
