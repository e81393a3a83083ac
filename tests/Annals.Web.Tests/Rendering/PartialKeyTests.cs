using Annals.Web.Rendering;
using Scriban.Runtime;
using Xunit;

namespace Annals.Web.Tests.Rendering;

public sealed class PartialKeyTests
{
    [Fact]
    public void Text_and_numbers_compare_by_value()
    {
        PartialKey a = Key("row", new string('a', 3), 2, true, null);
        PartialKey b = Key("row", "aaa", 2, true, null);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void The_name_and_each_value_count()
    {
        PartialKey key = Key("row", "a", 2);

        Assert.NotEqual(key, Key("other", "a", 2));
        Assert.NotEqual(key, Key("row", "a", 3));
        Assert.NotEqual(key, Key("row", "a"));
        Assert.NotEqual(key, Key("row", "a", 2L));
    }

    [Fact]
    public void A_view_object_compares_by_identity()
    {
        ItemSummary summary = SampleModels.Summary(1);

        Assert.Equal(Key("row", summary), Key("row", summary));
        Assert.NotEqual(Key("row", summary), Key("row", summary with { }));
    }

    [Fact]
    public void A_template_object_or_array_gives_no_key()
    {
        Assert.False(PartialKey.TryCreate("row", new ScriptArray { "row", new ScriptArray { 1 } }, out _));
        Assert.False(PartialKey.TryCreate("row", new ScriptArray { "row", 1, new ScriptObject() }, out _));
    }

    private static PartialKey Key(string name, params object?[] values)
    {
        var arguments = new ScriptArray { name };
        foreach (object? value in values)
        {
            arguments.Add(value);
        }

        Assert.True(PartialKey.TryCreate(name, arguments, out PartialKey key));
        return key;
    }
}
