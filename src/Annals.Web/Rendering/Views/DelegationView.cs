using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>The delegation named by one report of an event, with a link to that report.</summary>
public sealed record DelegationView(string Title, string Url, ImmutableArray<DelegateView> Members);
