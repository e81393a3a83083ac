using Annals.Web.Assets;
using Annals.Web.Tests.Integration;

namespace Annals.Web.Tests.Assets;

public sealed class AssetMinifierTests
{
    [Fact]
    public void A_stylesheet_loses_its_comments_and_whitespace_and_keeps_its_rules()
    {
        const string css = "/* Colours */\n:root {\n  --link: #0a4f8f;\n}\n\n@media (prefers-color-scheme: dark) {\n  a {\n    color: var(--link);\n  }\n}\n";

        MinifiedAsset minified = AssetMinifier.Minify("css/test-a.css", css);

        Assert.Null(minified.Problem);
        Assert.Equal(":root{--link:#0a4f8f}@media(prefers-color-scheme:dark){a{color:var(--link)}}", minified.Text);
    }

    [Fact]
    public void A_module_keeps_its_exported_names_and_shortens_the_others()
    {
        const string js = "// Adds.\nconst OFFSET = 1;\nexport function addOne(firstNumber) {\n  const totalSoFar = firstNumber + OFFSET;\n  return totalSoFar;\n}\n";

        MinifiedAsset minified = AssetMinifier.Minify("js/test-b.js", js);

        Assert.Null(minified.Problem);
        Assert.Contains("export function addOne(", minified.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("totalSoFar", minified.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("// Adds.", minified.Text, StringComparison.Ordinal);
        Assert.True(minified.Text.Length < js.Length / 2, minified.Text);
    }

    [Fact]
    public void A_top_level_async_function_called_only_under_a_condition_is_kept()
    {
        const string js = "export const x = 1;\nasync function main() {\n  document.title = 'started';\n}\n\nif (typeof document !== 'undefined') main();\n";

        MinifiedAsset minified = AssetMinifier.Minify("js/test-d.js", js);

        Assert.Null(minified.Problem);
        Assert.Contains("document.title=\"started\"", minified.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_the_minifier_cannot_read_is_kept_as_written_with_the_place_of_the_problem()
    {
        const string js = "export function broken( {\n  return 1;\n}\n";

        MinifiedAsset minified = AssetMinifier.Minify("js/test-c.js", js);

        Assert.Equal(js, minified.Text);
        Assert.NotNull(minified.Problem);
        Assert.Equal(2, minified.Line); // where `return` comes instead of the closing parenthesis
    }

    [Fact]
    public async Task The_theme_publishes_minified_files_named_after_the_minified_content()
    {
        using var site = new TestSite();
        site.AddPost("input/posts/2024/a.md", "A", "2024-01-02");
        site.Add("theme/assets/css/extra.css", "/* readable */\n.box {\n  margin: 0 auto;\n}\n");
        site.Add("theme/assets/js/broken.js", "export function broken( {\n");
        site.Add("input/assets/own.css", "/* the organization's file, published as it is */\n");

        await site.BuildAsync();

        string[] published = Directory.GetFiles(Path.Combine(site.Output, "_theme", "css"), "extra.*.css");
        string extra = Assert.Single(published);
        Assert.Equal(".box{margin:0 auto}", File.ReadAllText(extra));
        Assert.Contains(Annals.Web.Assets.Fingerprint.Hash(".box{margin:0 auto}"u8), extra, StringComparison.Ordinal);
        Assert.Equal("/* the organization's file, published as it is */\n", site.Read("assets/own.css"));
        Assert.Contains(site.Messages, m => m.StartsWith("theme/assets/js/broken.js:", StringComparison.Ordinal) && m.Contains("warning AN0610", StringComparison.Ordinal));
        Assert.Empty(site.Errors);
    }
}
