using Annals.Web.Content;
using Annals.Web.Markdown;

namespace Annals.Web.Pages;

/// <summary>An item that will be published, with its rendered body.</summary>
public sealed record PublishedItem(NewsItem Item, RenderedMarkdown Body);
