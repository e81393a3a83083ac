using System.Globalization;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.Documents;

public sealed class DocumentTests
{
    private static readonly MetadataKey<string> Title = new("title");
    private static readonly MetadataKey<int> Order = new("order");

    [Fact]
    public async Task A_new_document_has_its_paths_and_empty_content()
    {
        var document = new Document("input/a.md", "a/index.html");

        Assert.Equal("input/a.md", document.Source);
        Assert.Equal("a/index.html", document.Destination);
        Assert.Same(DocumentContent.Empty, document.Content);
        Assert.Equal(string.Empty, await TestModules.TextOf(document));
    }

    [Fact]
    public void With_returns_a_new_document_and_leaves_the_original_unchanged()
    {
        var original = new Document("input/a.md", null);

        Document titled = original.With(Title, "Hello");

        Assert.NotSame(original, titled);
        Assert.False(original.Has(Title));
        Assert.Equal("Hello", titled.Get(Title));
        Assert.Equal("input/a.md", titled.Source);
    }

    [Fact]
    public void With_on_an_existing_key_replaces_the_value_only_in_the_new_document()
    {
        Document first = new Document("a", null).With(Title, "one");

        Document second = first.With(Title, "two");

        Assert.Equal("one", first.Get(Title));
        Assert.Equal("two", second.Get(Title));
    }

    [Fact]
    public void Replacing_one_of_many_keys_keeps_the_others_and_their_values()
    {
        MetadataKey<int>[] keys = [.. Enumerable.Range(0, 20).Select(i => new MetadataKey<int>($"k{i}"))];
        Document many = keys.Aggregate(new Document("a", null), (document, key) => document.With(key, int.Parse(key.Name[1..], CultureInfo.InvariantCulture)));

        Document changed = many.With(keys[7], 700);

        Assert.All(keys, key => Assert.Equal(key == keys[7] ? 700 : int.Parse(key.Name[1..], CultureInfo.InvariantCulture), changed.Get(key)));
        Assert.Equal(7, many.Get(keys[7]));
        Assert.False(changed.Has(Title));
    }

    [Fact]
    public void Metadata_is_typed()
    {
        Document document = new Document("a", null).With(Order, 3).With(Title, "t");

        int order = document.Get(Order);

        Assert.Equal(3, order);
        Assert.Equal("t", document.Get(Title));
    }

    [Fact]
    public void Keys_compare_by_reference_not_by_name()
    {
        var otherTitle = new MetadataKey<string>("title");
        Document document = new Document("a", null).With(Title, "mine").With(otherTitle, "theirs");

        Assert.Equal("mine", document.Get(Title));
        Assert.Equal("theirs", document.Get(otherTitle));
        Assert.False(new Document("a", null).With(Title, "mine").Has(otherTitle));
    }

    [Fact]
    public void Reading_a_missing_key_throws_naming_the_key_and_the_document()
    {
        var document = new Document("input/a.md", null);

        var exception = Assert.Throws<KeyNotFoundException>(() => document.Get(Title));

        Assert.Contains("'input/a.md'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'title'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGet_and_GetOrDefault_report_a_missing_key_without_throwing()
    {
        Document document = new Document("a", null).With(Title, "t");

        Assert.True(document.TryGet(Title, out string title));
        Assert.Equal("t", title);
        Assert.False(document.TryGet(Order, out int order));
        Assert.Equal(0, order);
        Assert.Equal(0, document.GetOrDefault(Order));
        Assert.Null(new Document("a", null).GetOrDefault(Title));
    }

    [Fact]
    public void A_null_metadata_value_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new Document("a", null).With(Title, null!));
    }

    [Fact]
    public async Task WithText_WithContent_and_WithDestination_keep_everything_else()
    {
        Document original = new Document("input/a.md", "a.html", DocumentContent.FromText("old")).With(Title, "t");

        Document text = original.WithText("new");
        Document moved = original.WithDestination("b.html");
        Document bytes = original.WithContent(DocumentContent.FromBytes("raw"u8.ToArray()));

        Assert.Equal("old", await TestModules.TextOf(original));
        Assert.Equal("new", await TestModules.TextOf(text));
        Assert.Equal("raw", await TestModules.TextOf(bytes));
        Assert.Equal("a.html", text.Destination);
        Assert.Equal("b.html", moved.Destination);
        Assert.Equal("a.html", original.Destination);
        Assert.All([text, moved, bytes], d =>
        {
            Assert.Equal("input/a.md", d.Source);
            Assert.Equal("t", d.Get(Title));
        });
        Assert.Same(original.Content, moved.Content);
    }

    [Fact]
    public void ToString_names_the_source_then_the_destination()
    {
        Assert.Equal("input/a.md", new Document("input/a.md", "a.html").ToString());
        Assert.Equal("a.html", new Document(null, "a.html").ToString());
        Assert.Equal("(document)", new Document(null, null).ToString());
    }

    [Fact]
    public void A_DocumentException_carries_its_document()
    {
        var document = new Document("input/a.md", null);
        var inner = new FormatException("bad");

        var exception = new DocumentException(document, "cannot parse", inner);

        Assert.Same(document, exception.Document);
        Assert.Same(inner, exception.InnerException);
        Assert.Equal("cannot parse", exception.Message);
        Assert.Null(new DocumentException("no document").Document);
    }

    [Fact]
    public void A_metadata_key_shows_its_name()
    {
        Assert.Equal("title", Title.ToString());
        Assert.Equal("title", Title.Name);
    }
}
