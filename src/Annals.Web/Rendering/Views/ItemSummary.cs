using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>A news item in a list: enough to show its title, date, type, summary, topics, event and lead image.</summary>
public sealed record ItemSummary(
    string Title,
    string Url,
    string DateIso,
    string DateDisplay,
    string? Summary,
    string TypeName,
    ImmutableArray<TopicLink> Topics,
    EventLink? Event,
    ImageView? Image = null);
