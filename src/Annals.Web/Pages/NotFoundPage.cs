using Annals.Web.Rendering;

namespace Annals.Web.Pages;

/// <summary><c>/404.html</c>: what hosting shows for an address the site does not have.</summary>
public static class NotFoundPage
{
    public const string Layout = "404";
    public const string Url = "/404.html";

    public static PageRequest Create(ViewMapper views)
    {
        ArgumentNullException.ThrowIfNull(views);
        return new PageRequest(Url, Layout, views.Page("Page not found", Url, "This address does not match any page of the archive.", Layout, []), null)
        {
            InSitemap = false,
        };
    }
}
