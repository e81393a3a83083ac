using System.Collections.Immutable;
using Annals.Web.Content;
using Annals.Web.Markdown;
using Annals.Web.Pages;

namespace Annals.Web.Archives;

/// <summary>An event with its rendered description and every published report about it, newest first.</summary>
public sealed record EventEntry(EventInfo Event, RenderedMarkdown? Description, ImmutableArray<PublishedItem> Reports);
