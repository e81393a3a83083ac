using Annals.Web.Search;

namespace Annals.Web.Tests.Search;

public sealed class ShardWriterTests
{
    [Theory]
    [InlineData("abc", "abd", "abd")]
    [InlineData("abc", "b", "b")]
    [InlineData("apple", "banana", "b")]
    [InlineData("protect", "protection", "protecti")]
    [InlineData("#y:2024", "0", "0")]
    public void A_separator_is_the_shortest_start_above_the_previous_term(string previous, string first, string expected)
    {
        string separator = ShardWriter.Separator(previous, first);
        Assert.Equal(expected, separator);
        Assert.True(string.CompareOrdinal(previous, separator) < 0);
        Assert.True(string.CompareOrdinal(separator, first) <= 0);
    }

    [Fact]
    public void A_preview_that_drops_the_index_stops_the_shard_writing()
    {
        SearchDocument[] documents = [.. Enumerable.Range(0, 20).Select(i => Document(i, $"word{i} shared"))];
        InvertedIndex index = InvertedIndex.Build(documents, 1, TestContext.Current.CancellationToken);
        using var dropped = new CancellationTokenSource();
        dropped.Cancel();

        Assert.Throws<OperationCanceledException>(() => ShardWriter.Write(index, targetBytes: 300, dropped.Token));
    }

    [Fact]
    public void Shards_are_cut_near_the_target_size_and_every_term_is_found_by_its_separator()
    {
        SearchDocument[] documents = [.. Enumerable.Range(0, 60).Select(i => Document(i, $"word{i} common{i % 7} shared alpha{i * 37}"))];
        InvertedIndex index = InvertedIndex.Build(documents, 2, TestContext.Current.CancellationToken);

        var (separators, hashes, files) = ShardWriter.Write(index, targetBytes: 300, TestContext.Current.CancellationToken);

        Assert.True(files.Length > 3, $"expected several shards, got {files.Length}");
        Assert.Equal(files.Length, separators.Length);
        Assert.Equal(hashes.Length, files.Length);
        Assert.Equal(string.Empty, separators[0]);
        for (int s = 0; s < files.Length; s++)
        {
            string json = System.Text.Encoding.UTF8.GetString(files[s].Bytes.Span);
            using var shard = System.Text.Json.JsonDocument.Parse(json);
            foreach (var entry in shard.RootElement.EnumerateArray())
            {
                string term = entry[0].GetString()!;
                int selected = separators.ToList().FindLastIndex(sep => string.CompareOrdinal(sep, term) <= 0);
                Assert.Equal(s, selected);
            }

            // A shard passes the target only when a single term is larger than it.
            Assert.True(files[s].Bytes.Length < 300 + 200 || shard.RootElement.GetArrayLength() == 1);
        }
    }

    private static SearchDocument Document(int number, string body) =>
        new(
            new DateOnly(2024, 1, 1).AddDays(number),
            [$"Title {number}", string.Empty, string.Empty, string.Empty, body],
            [FilterTerms.Year(2024)],
            new SearchFragment($"Title {number}", $"/news/2024/t{number}/", "2024-01-01", "1 January 2024", "Report", [], null, string.Empty));
}
