using Annals.Web.Search;

namespace Annals.Web.Tests.Search;

public sealed class PostingCodecTests
{
    [Fact]
    public void Neighbouring_documents_cost_one_character_each()
    {
        Assert.Equal("AB" + "AC" + "AD", PostingCodec.Encode([0, 1, 2], [1, 2, 3]));
        Assert.Equal("AAA", PostingCodec.Encode([0, 1, 2], null));
    }

    [Fact]
    public void Large_gaps_round_trip()
    {
        int[] documents = [5, 31, 32, 33, 1_000, 1_031, 40_000, 2_000_000];
        int[] impacts = [1, 63, 2, 40, 7, 8, 9, 10];

        string encoded = PostingCodec.Encode(documents, impacts);
        var (decodedDocuments, decodedImpacts) = PostingCodec.Decode(encoded, withImpacts: true);

        Assert.Equal(documents, decodedDocuments);
        Assert.Equal(impacts, decodedImpacts);
        Assert.All(encoded, c => Assert.Contains(c, PostingCodec.Alphabet));
    }

    [Fact]
    public void Every_character_of_the_alphabet_is_written_as_the_client_reads_it()
    {
        // Gaps 0 to 63 use every 5-bit group with and without the continuation bit; impacts 0 to 63 every character.
        int[] documents = [.. Enumerable.Range(0, 64).Select(gap => (gap * (gap + 1) / 2) + gap)];
        int[] impacts = [.. Enumerable.Range(0, 64)];

        string encoded = PostingCodec.Encode(documents, impacts);
        var (decodedDocuments, decodedImpacts) = PostingCodec.Decode(encoded, withImpacts: true);

        Assert.Equal(documents, decodedDocuments);
        Assert.Equal(impacts, decodedImpacts);
        Assert.Equal(PostingCodec.Alphabet.Order(), encoded.Distinct().Order());
    }

    [Fact]
    public void Documents_out_of_order_are_refused()
    {
        Assert.Throws<ArgumentException>(() => PostingCodec.Encode([3, 3], null));
    }
}
