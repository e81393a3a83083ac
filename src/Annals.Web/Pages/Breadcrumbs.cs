using System.Collections.Immutable;
using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary>The trail from the home page to a page, as shown above its title and in structured data.</summary>
public static class Breadcrumbs
{
    public static readonly Crumb Home = new("Home", "/");

    public static ImmutableArray<Crumb> Of(params Crumb[] trail) => [Home, .. trail];
}
