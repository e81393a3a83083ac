using Annals.Web.Search;

namespace Annals.Web.Tests.Search;

public sealed class Bm25FTests
{
    private static readonly double[] Averages = [8, 2, 20, 10, 600];

    private static int Impact(int title = 0, int topics = 0, int summary = 0, int meta = 0, int body = 0, int bodyLength = 600) =>
        Bm25F.Impact([(ushort)title, (ushort)topics, (ushort)summary, (ushort)meta, (ushort)body], [8, 2, 20, 10, bodyLength], Averages);

    [Fact]
    public void A_word_in_the_title_or_topics_outranks_the_same_word_in_the_summary_or_body()
    {
        Assert.True(Impact(title: 1) > Impact(summary: 1));
        Assert.True(Impact(topics: 1) > Impact(summary: 1));
        Assert.True(Impact(summary: 1) > Impact(body: 1));
        Assert.True(Impact(title: 1, body: 1) > Impact(title: 1));
    }

    [Fact]
    public void Repeating_a_word_saturates()
    {
        Assert.True(Impact(body: 2) > Impact(body: 1));
        Assert.True(Impact(body: 50) <= Bm25F.MaxImpact);
        Assert.True(Impact(body: 50) - Impact(body: 25) < Impact(body: 2) - Impact(body: 1));
    }

    [Fact]
    public void A_long_body_counts_each_occurrence_for_less()
    {
        Assert.True(Impact(body: 1, bodyLength: 100) > Impact(body: 1, bodyLength: 3000));
    }

    [Fact]
    public void Every_occurrence_has_an_impact_of_at_least_one()
    {
        Assert.Equal(1, Bm25F.Impact([(ushort)0, 0, 0, 0, 1], [0, 0, 0, 0, 1_000_000], Averages));
    }
}
