using Annals.Web.Content;
using Annals.Web.Content.Model;

namespace Annals.Web.Cms;

/// <summary>
/// Decap's <c>admin/config.yml</c>, generated from the content model (<see cref="ContentModel"/>) and site.yml, never
/// written by hand: a collection per kind of content file, a widget per front-matter field (<see cref="CmsFields"/>).
/// </summary>
public static class CmsConfig
{
    public const string PostsFolder = "input/posts";
    public const string EventsFolder = "input/events";

    /// <summary>Where uploads go; inside input/assets, so the build publishes them under <see cref="PublicFolder"/>.</summary>
    public const string MediaFolder = "input/assets/uploads";

    public const string PublicFolder = "/assets/uploads";

    /// <summary>
    /// The file name of a new news item. Decap computes <c>{{year}}</c> in UTC, so near midnight the name can be a day
    /// off: harmless, because the generator takes the item's date from its front matter, never from its file name.
    /// </summary>
    public const string PostPath = "{{year}}/{{year}}-{{month}}-{{day}}-{{slug}}";

    /// <summary>The configuration as YAML text.</summary>
    public static string Write(EditorSetup setup) => Write(setup, ContentModel.NewsItem, ContentModel.Event);

    /// <summary>The configuration of an editor for these two schemas (tests pass a schema with a field added).</summary>
    public static string Write(EditorSetup setup, ContentSchema posts, ContentSchema events) =>
        CmsConfigYaml.Write(Build(setup, posts, events));

    public static OrderedDictionary<string, object?> Build(EditorSetup setup, ContentSchema posts, ContentSchema events)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(events);
        var config = new OrderedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["backend"] = Backend(setup.Cms),
        };
        if (setup.Local is { } local)
        {
            config["local_backend"] = new OrderedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["url"] = local.ApiUrl.ToString(),
                ["allowed_hosts"] = new List<string> { local.ApiUrl.Host },
            };
        }

        config["site_url"] = setup.Settings.BaseUrl;
        config["display_url"] = setup.Settings.BaseUrl;
        config["locale"] = "en";
        config["media_folder"] = MediaFolder;
        config["public_folder"] = PublicFolder;
        config["slug"] = new OrderedDictionary<string, object?>(StringComparer.Ordinal)
        {
            // Close to the generator's slugs (accents folded, ASCII); the page address still comes from the title.
            ["encoding"] = "ascii",
            ["clean_accents"] = true,
            ["sanitize_replacement"] = "-",
        };
        config["collections"] = new List<object>
        {
            Collection(posts, "News items", PostsFolder, "title", PostPath, setup, events.Name),
            Collection(events, "Events", EventsFolder, "name", null, setup, events.Name),
        };
        return config;
    }

    private static OrderedDictionary<string, object?> Backend(CmsSettings cms)
    {
        var backend = new OrderedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = cms.Backend == CmsBackend.GitGateway ? "git-gateway" : "github",
        };
        if (cms.Backend == CmsBackend.GitHub && cms.Repo is { } repo)
        {
            backend["repo"] = repo;
        }

        backend["branch"] = cms.Branch;
        return backend;
    }

    private static OrderedDictionary<string, object?> Collection(
        ContentSchema schema, string label, string folder, string identifier, string? path, EditorSetup setup, string eventsCollection)
    {
        var collection = new OrderedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = schema.Name,
            ["label"] = label,
            ["label_singular"] = schema.Label,
            ["folder"] = folder,
            ["create"] = true,
            ["extension"] = "md",
            ["format"] = "yaml-frontmatter",
            ["identifier_field"] = identifier,
            ["slug"] = "{{slug}}",
        };
        if (path is not null)
        {
            collection["path"] = path;
        }

        List<OrderedDictionary<string, object?>> fields = CmsFields.For(schema.Fields, setup.Topics, eventsCollection);
        fields.Add(new OrderedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = "body",
            ["label"] = "Text",
            ["widget"] = "markdown",
            ["required"] = false,
            ["hint"] = schema.BodyHelp,
        });
        collection["fields"] = fields;
        return collection;
    }
}
