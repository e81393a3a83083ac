using Annals.Web.Cms;
using Annals.Web.Content;
using YamlDotNet.Serialization;

namespace Annals.Web.Tests.Cms;

/// <summary>Generates config.yml and reads it back as plain maps and lists, the way Decap's YAML parser sees it.</summary>
internal static class CmsYaml
{
    private static readonly IDeserializer Reader = new DeserializerBuilder().Build();

    public static SiteSettings Settings(CmsSettings? cms = null) =>
        new() { Title = "Test Archive", BaseUrl = "https://example.org", Cms = cms ?? new CmsSettings { Repo = "example-org/site" } };

    public static EditorSetup Setup(CmsSettings? cms = null, LocalEditor? local = null, params TopicInfo[] topics) =>
        new(Settings(cms), [.. topics], "/_theme/css/site.0123456789.css", local);

    public static Dictionary<object, object> Parse(string yaml) => Reader.Deserialize<Dictionary<object, object>>(yaml);

    public static Dictionary<object, object> Collection(Dictionary<object, object> config, string name) =>
        ((List<object>)config["collections"]).Cast<Dictionary<object, object>>().Single(c => (string)c["name"] == name);

    public static List<Dictionary<object, object>> Fields(Dictionary<object, object> collection) =>
        [.. ((List<object>)collection["fields"]).Cast<Dictionary<object, object>>()];

    public static Dictionary<object, object> Map(object value) => (Dictionary<object, object>)value;
}
