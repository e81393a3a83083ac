namespace Annals.Web.Pipelines;

/// <summary>The names of the built-in pipelines, for declaring dependencies on them.</summary>
public static class PipelineNames
{
    public const string Settings = "Settings";
    public const string Posts = "Posts";
    public const string Assets = "Assets";
    public const string Images = "Images";
    public const string Events = "Events";
    public const string Site = "Site";
    public const string Pages = "Pages";
    public const string Feeds = "Feeds";
    public const string Calendars = "Calendars";
    public const string Search = "Search";
    public const string Sitemap = "Sitemap";
    public const string Redirects = "Redirects";
    public const string Links = "Links";
    public const string Admin = "Admin";
}
