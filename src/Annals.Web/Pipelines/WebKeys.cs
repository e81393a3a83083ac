using System.Collections.Immutable;
using Annals.Pipeline.Documents;
using Annals.Web.Archives;
using Annals.Web.Content;
using Annals.Web.Images;
using Annals.Web.Markdown;

namespace Annals.Web.Pipelines;

/// <summary>The typed metadata the news-archive pipelines attach to documents.</summary>
public static class WebKeys
{
    public static readonly MetadataKey<SiteSettings> Settings = new("settings");

    public static readonly MetadataKey<ImmutableArray<TopicInfo>> Topics = new("topics");

    public static readonly MetadataKey<ImmutableArray<SeriesInfo>> Series = new("series");

    public static readonly MetadataKey<NewsItem> Item = new("item");

    public static readonly MetadataKey<RenderedMarkdown> Body = new("body");

    public static readonly MetadataKey<EventInfo> Event = new("event");

    /// <summary>On items whose front matter names an image of this site: its responsive variants.</summary>
    public static readonly MetadataKey<ImageUse> LeadImage = new("lead-image");

    /// <summary>The lists of the whole archive, computed once by the Site pipeline.</summary>
    public static readonly MetadataKey<SiteIndex> Index = new("index");

    /// <summary>Set on generated HTML pages, so a summary can count pages apart from copied files.</summary>
    public static readonly MetadataKey<bool> IsPage = new("is-page");

    /// <summary>Set on pages copied from the last build's output because their model and layout had not changed.</summary>
    public static readonly MetadataKey<bool> CopiedFromLastBuild = new("copied-from-last-build");

    /// <summary>On theme assets: the URL a template uses (its logical path, e.g. <c>css/site.css</c>, maps to this).</summary>
    public static readonly MetadataKey<string> AssetLogicalPath = new("asset-logical-path");
}
