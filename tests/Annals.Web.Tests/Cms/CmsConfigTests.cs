using Annals.Web.Cms;
using Annals.Web.Content;
using Annals.Web.Content.Model;
using static Annals.Web.Tests.Cms.CmsYaml;

namespace Annals.Web.Tests.Cms;

/// <summary>
/// config.yml, read back as Decap reads it, field by field against the content model: a widget per field, in the
/// model's order, with its name, label, help and required flag, the widget its kind calls for, and the Markdown body
/// last. A field added to the model appears without any change to the editor's code.
/// </summary>
public sealed class CmsConfigTests
{
    public static TheoryData<string> Schemas() => ["posts", "events"];

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_field_of_the_model_is_a_widget_with_its_name_label_help_and_required_flag(string name)
    {
        ContentSchema schema = name == "posts" ? ContentModel.NewsItem : ContentModel.Event;
        var config = Parse(CmsConfig.Write(Setup(topics: new TopicInfo("osce", "OSCE", null))));
        List<Dictionary<object, object>> fields = Fields(Collection(config, schema.Name));

        Assert.Equal([.. schema.Keys, "body"], fields.Select(f => (string)f["name"]));
        foreach ((ContentField field, Dictionary<object, object> widget) in schema.Fields.Zip(fields))
        {
            Assert.Equal(field.Label, widget["label"]);
            Assert.Equal(field.Help, widget["hint"]);
            Assert.Equal(field.Required ? "true" : "false", widget["required"]);
            Assert.Equal(ExpectedWidget(field.Kind), widget["widget"]);
        }

        Dictionary<object, object> body = fields[^1];
        Assert.Equal("markdown", body["widget"]);
        Assert.Equal("false", body["required"]);
    }

    [Fact]
    public void A_field_added_to_the_model_appears_in_the_config()
    {
        var added = new ContentField("press_contact", FieldKind.Url, "Press contact", "Where journalists write to.", "https://example.org/press") { Required = true };
        // Decap reads YAML 1.2: "true" and "2024" would turn into a boolean and a number if they were not quoted.
        string yaml = CmsConfig.Write(Setup(), ContentModel.NewsItem.With(added), ContentModel.Event);

        Dictionary<object, object> widget = Fields(Collection(Parse(yaml), "posts")).Single(f => (string)f["name"] == "press_contact");
        Assert.Equal("string", widget["widget"]);
        Assert.Equal("true", widget["required"]);
        Assert.Equal("Press contact", widget["label"]);
        Assert.Equal(CmsFields.UrlPattern, ((List<object>)widget["pattern"])[0]);
    }

    [Fact]
    public void Dates_are_days_and_a_required_date_starts_as_today()
    {
        Dictionary<object, object> date = Field("posts", "date");
        Dictionary<object, object> end = Field("events", "end");

        Assert.Equal("YYYY-MM-DD", date["date_format"]);
        Assert.Equal("false", date["time_format"]);
        Assert.Equal("{{now}}", date["default"]);
        Assert.False(end.ContainsKey("default"));
    }

    [Fact]
    public void The_event_is_chosen_among_the_event_files_by_their_id()
    {
        Dictionary<object, object> widget = Field("posts", "event");

        Assert.Equal("relation", widget["widget"]);
        Assert.Equal("events", widget["collection"]);
        Assert.Equal("{{slug}}", widget["value_field"]);
    }

    [Fact]
    public void The_delegation_is_a_list_of_members_with_the_models_keys()
    {
        Dictionary<object, object> widget = Field("posts", "delegation");
        List<Dictionary<object, object>> members = Fields(widget);

        Assert.Equal(ContentModel.DelegationMember.Select(f => f.Name), members.Select(m => (string)m["name"]));
        Assert.Equal(ContentModel.DelegationMember.Select(f => f.Required ? "true" : "false"), members.Select(m => (string)m["required"]));
    }

    [Fact]
    public void Choices_slugs_and_links_carry_the_readers_rules()
    {
        Assert.Equal(ContentModel.NewsItem["type"].Choices, ((List<object>)Field("posts", "type")["options"]).Cast<string>());
        Assert.Equal("report", Field("posts", "type")["default"]);
        Assert.Equal(CmsFields.SlugPattern, ((List<object>)Field("posts", "slug")["pattern"])[0]);
        Assert.Equal(CmsFields.SlugPattern, ((List<object>)Field("events", "series")["pattern"])[0]);
        Assert.Equal("1", Field("events", "edition")["min"]);
        Assert.Equal("false", Field("posts", "image")["choose_url"]);
    }

    [Fact]
    public void Topics_are_picked_from_the_sites_topics_and_typed_when_it_has_none()
    {
        var config = Parse(CmsConfig.Write(Setup(null, null, new TopicInfo("osce", "OSCE", null), new TopicInfo("yes", "yes", null), new TopicInfo("2024", "2024", null))));
        Dictionary<object, object> topics = Fields(Collection(config, "posts")).Single(f => (string)f["name"] == "topics");
        Assert.Equal("select", topics["widget"]);
        Assert.Equal("true", topics["multiple"]);
        Assert.Equal(["OSCE", "yes", "2024"], ((List<object>)topics["options"]).Select(o => (string)Map(o)["value"]));
        // Decap reads YAML 1.2: "true" and "2024" would turn into a boolean and a number if they were not quoted.
        string yaml = CmsConfig.Write(Setup(null, null, new TopicInfo("true", "true", null), new TopicInfo("2024", "2024", null)));
        Assert.Matches("value: (\"true\"|'true')\n", yaml);
        Assert.Matches("value: (\"2024\"|'2024')\n", yaml);

        Assert.Equal("list", Field("posts", "topics")["widget"]);
    }

    [Fact]
    public void News_items_and_events_are_saved_where_the_build_reads_them()
    {
        var config = Parse(CmsConfig.Write(Setup()));
        Dictionary<object, object> posts = Collection(config, "posts");
        Dictionary<object, object> events = Collection(config, "events");

        Assert.Equal("input/posts", posts["folder"]);
        Assert.Equal("{{year}}/{{year}}-{{month}}-{{day}}-{{slug}}", posts["path"]);
        Assert.Equal("input/events", events["folder"]);
        Assert.False(events.ContainsKey("path"));
        Assert.All(new[] { posts, events }, c => Assert.Equal("yaml-frontmatter", c["format"]));
        Assert.Equal("input/assets/uploads", config["media_folder"]);
        Assert.Equal("/assets/uploads", config["public_folder"]);
    }

    [Fact]
    public void The_backend_is_the_one_site_yml_chooses()
    {
        var github = Map(Parse(CmsConfig.Write(Setup(new CmsSettings { Repo = "org/site", Branch = "publish" })))["backend"]);
        var gateway = Map(Parse(CmsConfig.Write(Setup(new CmsSettings { Backend = CmsBackend.GitGateway })))["backend"]);

        Assert.Equal("github", github["name"]);
        Assert.Equal("org/site", github["repo"]);
        Assert.Equal("publish", github["branch"]);
        Assert.Equal("git-gateway", gateway["name"]);
        Assert.False(gateway.ContainsKey("repo"));
        Assert.False(Parse(CmsConfig.Write(Setup())).ContainsKey("local_backend"));
    }

    [Fact]
    public void The_local_editor_points_decap_at_the_previews_api()
    {
        var local = new LocalEditor(new Uri("http://127.0.0.1:5080/api/v1"), null);
        var config = Parse(CmsConfig.Write(Setup(local: local)));

        Dictionary<object, object> backend = Map(config["local_backend"]);
        Assert.Equal("http://127.0.0.1:5080/api/v1", backend["url"]);
        Assert.Equal(["127.0.0.1"], ((List<object>)backend["allowed_hosts"]).Cast<string>());
    }

    private static Dictionary<object, object> Field(string collection, string name) =>
        Fields(Collection(Parse(CmsConfig.Write(Setup())), collection)).Single(f => (string)f["name"] == name);

    private static string ExpectedWidget(FieldKind kind) => kind switch
    {
        FieldKind.Text or FieldKind.Url or FieldKind.Slug => "string",
        FieldKind.Paragraph => "text",
        FieldKind.Date => "datetime",
        FieldKind.WholeNumber => "number",
        FieldKind.Boolean => "boolean",
        FieldKind.Choice or FieldKind.Topics => "select",
        FieldKind.SitePaths or FieldKind.ObjectList => "list",
        FieldKind.EventReference => "relation",
        FieldKind.Image => "image",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A kind this test does not know."),
    };
}
