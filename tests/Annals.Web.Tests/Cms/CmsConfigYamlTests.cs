using Annals.Web.Cms;
using static Annals.Web.Tests.Cms.CmsYaml;

namespace Annals.Web.Tests.Cms;

public sealed class CmsConfigYamlTests
{
    [Theory]
    [InlineData("")]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("off")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("2024")]
    [InlineData("-1.5")]
    [InlineData(".5")]
    [InlineData("1e3")]
    [InlineData(".inf")]
    [InlineData("2024-04-15")]
    public void Text_a_yaml_reader_would_take_for_something_else_is_quoted(string text)
    {
        string yaml = CmsConfigYaml.Write(new OrderedDictionary<string, object?> { ["value"] = text });

        Assert.StartsWith("value: \"", yaml, StringComparison.Ordinal);
        Assert.Equal(text, Parse(yaml)["value"]);
    }

    [Theory]
    [InlineData("News items")]
    [InlineData("input/posts")]
    [InlineData("Notes: read twice")]
    [InlineData("{{slug}}")]
    [InlineData("-")]
    [InlineData("'quoted' and \"double\"")]
    [InlineData("Café — Genève")]
    public void Other_text_is_written_so_that_it_reads_back_unchanged(string text)
    {
        string yaml = CmsConfigYaml.Write(new OrderedDictionary<string, object?> { ["value"] = text });

        Assert.Equal(text, Parse(yaml)["value"]);
    }

    [Fact]
    public void Maps_keep_their_order_and_lists_nest_in_block_style()
    {
        var config = new OrderedDictionary<string, object?>
        {
            ["name"] = "posts",
            ["create"] = true,
            ["min"] = 1,
            ["default"] = null,
            ["fields"] = new List<object> { new OrderedDictionary<string, object?> { ["name"] = "title" }, "plain" },
        };

        string yaml = CmsConfigYaml.Write(config);

        Assert.Equal("name: posts\ncreate: true\nmin: 1\ndefault: null\nfields:\n- name: title\n- plain\n", yaml.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_value_it_cannot_write_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CmsConfigYaml.Write(new OrderedDictionary<string, object?> { ["when"] = DateTime.UnixEpoch }));
    }
}
