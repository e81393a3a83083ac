using System.Collections.Immutable;
using Annals.Web.Pages;

namespace Annals.Web.Archives;

/// <summary>A topic: its slug, display name, one-line description, and its items newest first.</summary>
public sealed record TopicEntry(string Slug, string Name, string? Description, ImmutableArray<PublishedItem> Items)
{
    public string Url => $"/topics/{Slug}/";
}
