using System.Collections.Immutable;
using Annals.Web.Content;

namespace Annals.Web.Tests.Content;

public sealed class MappingNodeTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Every_key_is_found_with_its_own_value_in_small_and_large_mappings(int size)
    {
        MappingNode mapping = Mapping([.. Enumerable.Range(0, size).Select(i => ($"key{i}", $"value{i}"))]);

        for (int i = 0; i < size; i++)
        {
            Assert.True(mapping.TryGetEntry($"key{i}", out ScalarNode? key, out FrontMatterNode? value));
            Assert.Equal($"key{i}", key.Value);
            Assert.Equal($"value{i}", Assert.IsType<ScalarNode>(value).Value);
        }

        Assert.False(mapping.TryGetEntry("Key0", out _, out _));
        Assert.False(mapping.ContainsKey("missing"));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Of_two_entries_with_one_key_the_first_is_found(int size)
    {
        MappingNode mapping = Mapping([("title", "first"), .. Enumerable.Range(0, size).Select(i => ($"key{i}", "x")), ("title", "second")]);

        Assert.True(mapping.TryGetEntry("title", out _, out FrontMatterNode? value));
        Assert.Equal("first", Assert.IsType<ScalarNode>(value).Value);
    }

    private static MappingNode Mapping((string Key, string Value)[] entries) => new(
        [.. entries.Select((e, line) => new KeyValuePair<ScalarNode, FrontMatterNode>(new ScalarNode(e.Key, true, line + 1, 1), new ScalarNode(e.Value, true, line + 1, 8)))],
        1,
        1);
}
