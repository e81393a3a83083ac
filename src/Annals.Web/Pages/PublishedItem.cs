using Annals.Web.Content;
using Annals.Web.Images;
using Annals.Web.Markdown;

namespace Annals.Web.Pages;

/// <summary>An item that will be published, with its rendered body and, when its front matter names one of this site's images, that image's variants.</summary>
public sealed record PublishedItem(NewsItem Item, RenderedMarkdown Body, ImageUse? Image = null);
