using Annals.Web.Rendering;
using Annals.Web.StructuredData;
using Scriban.Runtime;

namespace Annals.Web.Tests.Rendering;

/// <summary>The globals are what Scriban's own import of the model makes, found without reflection per page.</summary>
public sealed class PageGlobalsTests
{
    public static TheoryData<string> Models => ["post", "home"];

    [Theory]
    [MemberData(nameof(Models))]
    public void The_globals_are_what_scriban_imports_from_the_model(string kind)
    {
        PageModel model = PageHead.Attach(kind == "post" ? SampleModels.PostPage(SampleModels.Post()) : SampleModels.HomePage(2, 3));
        var imported = new ScriptObject();
        imported.Import(model, ScriptMemberImportFlags.Property, filter: null, renamer: StandardMemberRenamer.Default);

        ScriptObject globals = PageGlobals.Of(model);

        Assert.Equal(imported.Keys.Order(StringComparer.Ordinal), globals.Keys.Order(StringComparer.Ordinal));
        Assert.All(imported.Keys, key => Assert.Equal(imported[key], globals[key]));
        Assert.Contains("site", globals.Keys);
        Assert.Contains("item", globals.Keys);
        Assert.True(globals.IsReadOnly);
    }
}
