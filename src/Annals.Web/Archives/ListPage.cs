using System.Collections.Immutable;

namespace Annals.Web.Archives;

/// <summary>One page of a paginated list.</summary>
public sealed record ListPage<T>(int Number, int TotalPages, string Url, ImmutableArray<T> Items)
{
    public string FirstPageUrl => Number == 1 ? Url : Url[..Url.LastIndexOf("page/", StringComparison.Ordinal)];
}
