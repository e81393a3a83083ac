using System.Collections.Immutable;
using Annals.Web.Building;

namespace Annals.Web.Tests.Building;

public sealed class ModelHasherTests
{
    [Fact]
    public void Equal_models_hash_alike_and_a_change_anywhere_in_them_does_not()
    {
        UInt128 hash = ModelHasher.Hash("page", Sample());

        Assert.Equal(hash, ModelHasher.Hash("page", Sample()));
        Assert.NotEqual(hash, ModelHasher.Hash("other-layout", Sample()));
        Assert.NotEqual(hash, ModelHasher.Hash("page", Sample() with { Title = "Changed" }));
        Assert.NotEqual(hash, ModelHasher.Hash("page", Sample() with { Count = 4 }));
        Assert.NotEqual(hash, ModelHasher.Hash("page", Sample() with { Day = new DateOnly(2024, 4, 17) }));
        Assert.NotEqual(hash, ModelHasher.Hash("page", Sample() with { Published = false }));
        Assert.NotEqual(hash, ModelHasher.Hash("page", Sample() with { Kind = ViewKind.Statement }));
        Assert.NotEqual(hash, ModelHasher.Hash("page", Sample() with { Edition = null }));
        Assert.NotEqual(hash, ModelHasher.Hash("page", Sample() with { Items = [new ItemView("One"), new ItemView("Two!")] }));
        Assert.NotEqual(hash, ModelHasher.Hash("page", Sample() with { Lead = new ItemView("Other lead") }));
    }

    [Fact]
    public void A_list_unset_empty_or_holding_one_empty_text_hashes_differently()
    {
        UInt128 unset = ModelHasher.Hash("page", Sample() with { Items = default });
        UInt128 empty = ModelHasher.Hash("page", Sample() with { Items = [] });
        UInt128 oneEmpty = ModelHasher.Hash("page", Sample() with { Items = [new ItemView(string.Empty)] });

        Assert.Equal(3, new HashSet<UInt128> { unset, empty, oneEmpty }.Count);
        Assert.Equal(unset, ModelHasher.Hash("page", Sample() with { Items = default }));
    }

    [Fact]
    public void Lists_of_numbers_and_untyped_values_are_hashed_by_value()
    {
        var a = new Untyped(ImmutableArray.Create(1, 2, 3), new ItemView("x"));
        var b = new Untyped(ImmutableArray.Create(1, 2, 3), new ItemView("x"));

        Assert.Equal(ModelHasher.Hash("page", a), ModelHasher.Hash("page", b));
        Assert.NotEqual(ModelHasher.Hash("page", a), ModelHasher.Hash("page", b with { Numbers = [1, 2, 4] }));
        Assert.NotEqual(ModelHasher.Hash("page", a), ModelHasher.Hash("page", b with { Anything = "x" }));
    }

    [Fact]
    public void Item_summaries_are_hashed_by_value_though_each_is_hashed_once()
    {
        static Annals.Web.Rendering.ItemSummary Summary(string title) => new(
            title, "/news/2024/a/", "2024-04-18", "18 April 2024", "Summary.", "Report", [new Annals.Web.Rendering.TopicLink("OSCE", "/topics/osce/")], null);
        Annals.Web.Rendering.ItemSummary shared = Summary("A");
        var run = new SummaryHashes();

        UInt128 list = ModelHasher.Hash("list", new SummaryList([shared, Summary("B")]), run);

        Assert.Equal(list, ModelHasher.Hash("list", new SummaryList([shared, Summary("B")]), run));
        Assert.Equal(list, ModelHasher.Hash("list", new SummaryList([shared, Summary("B")])));
        Assert.Equal(list, ModelHasher.Hash("list", new SummaryList([Summary("A"), Summary("B")]), run));
        Assert.NotEqual(list, ModelHasher.Hash("list", new SummaryList([shared, Summary("C")]), run));
        Assert.NotEqual(list, ModelHasher.Hash("list", new SummaryList([shared, Summary("B") with { Topics = [] }]), run));
        Assert.NotEqual(list, ModelHasher.Hash("list", new SummaryList([Summary("B"), shared]), run));
    }

    [Fact]
    public void A_model_that_contains_itself_is_refused_rather_than_followed_forever()
    {
        var loop = new SelfReference();
        loop.Next = loop;

        Assert.Throws<InvalidOperationException>(() => ModelHasher.Hash("page", loop));
    }

    private static PageView Sample() => new(
        "Report on the 24th OSCE Conference",
        3,
        new DateOnly(2024, 4, 15),
        true,
        ViewKind.Report,
        24,
        [new ItemView("One"), new ItemView("Two")],
        new ItemView("Lead"));

    public enum ViewKind
    {
        Report,
        Statement,
    }

    public sealed record ItemView(string Title);

    public sealed record PageView(string Title, int Count, DateOnly Day, bool Published, ViewKind Kind, int? Edition, ImmutableArray<ItemView> Items, ItemView Lead);

    public sealed record Untyped(ImmutableArray<int> Numbers, object Anything);

    public sealed class SelfReference
    {
        public SelfReference? Next { get; set; }
    }

    private sealed record SummaryList(ImmutableArray<Annals.Web.Rendering.ItemSummary> Items);
}
