using Annals.Pipeline.Documents;
using Annals.Web.Building;

namespace Annals.Web.Tests.Building;

public sealed class DerivedDocumentsTests
{
    private static readonly MetadataKey<string> Added = new("added");

    [Fact]
    public void The_same_input_and_the_same_value_give_back_the_same_document()
    {
        var derived = new DerivedDocuments();
        var input = new Document("input/posts/a.md", null);
        string value = "parsed";
        int made = 0;

        Document first = derived.Derive(input, value, Make);
        Document second = derived.Derive(input, value, Make);

        Assert.Same(first, second);
        Assert.Equal(1, made);
        Assert.Equal("parsed", second.Get(Added));

        Document Make(Document document, string added)
        {
            made++;
            return document.With(Added, added);
        }
    }

    [Fact]
    public void Another_value_object_makes_a_new_document_even_when_equal()
    {
        var derived = new DerivedDocuments();
        var input = new Document("input/posts/a.md", null);
        Document first = derived.Derive(input, new string('x', 3), static (d, v) => d.With(Added, v));

        Document second = derived.Derive(input, new string('x', 3), static (d, v) => d.With(Added, v));

        Assert.NotSame(first, second);
    }

    [Fact]
    public void Another_input_makes_a_new_document()
    {
        var derived = new DerivedDocuments();
        string value = "parsed";
        Document first = derived.Derive(new Document("input/posts/a.md", null), value, static (d, v) => d.With(Added, v));

        Document second = derived.Derive(new Document("input/posts/a.md", null), value, static (d, v) => d.With(Added, v));

        Assert.NotSame(first, second);
    }
}
