using System.Collections.Immutable;

namespace Annals.Web.Rendering;

/// <summary>Where a paginated list is: page <see cref="Page"/> of <see cref="TotalPages"/>, 1-based.</summary>
public sealed record Pager(int Page, int TotalPages, string? PreviousUrl, string? NextUrl, ImmutableArray<PagerLink> Pages);
