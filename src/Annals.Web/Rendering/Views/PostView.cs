using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>
/// One news item on its own page: everything of <see cref="ItemSummary"/>, plus the cleaned body, the delegation,
/// the image, the video, the place, and the neighbouring items.
/// </summary>
public sealed record PostView(
    string Title,
    string Url,
    string DateIso,
    string DateDisplay,
    string? Summary,
    string TypeName,
    ImmutableArray<TopicLink> Topics,
    EventLink? Event,
    RawHtml BodyHtml,
    ImmutableArray<DelegateView> Delegation,
    ImageView? Image,
    string? Video,
    string? Location,
    ItemLink? Previous,
    ItemLink? Next);
