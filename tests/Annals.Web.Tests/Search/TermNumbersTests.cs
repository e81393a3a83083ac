using Annals.Web.Search;

namespace Annals.Web.Tests.Search;

public sealed class TermNumbersTests
{
    [Fact]
    public void A_term_is_found_by_its_characters_with_its_number()
    {
        var numbers = new TermNumbers();
        numbers.Add("vienna", 7);

        Assert.True(numbers.TryGet("in vienna".AsSpan(3), out int number));
        Assert.Equal(7, number);
        Assert.False(numbers.TryGet("vien", out _));
        Assert.False(numbers.TryGet("viennas", out _));
        Assert.False(numbers.TryGet(string.Empty, out _));
    }

    [Fact]
    public void Every_term_is_kept_through_the_table_growing()
    {
        var numbers = new TermNumbers();
        string[] terms = [.. Enumerable.Range(0, 20_000).Select(i => $"t{i}")];
        for (int i = 0; i < terms.Length; i++)
        {
            numbers.Add(terms[i], i);
        }

        for (int i = 0; i < terms.Length; i++)
        {
            Assert.True(numbers.TryGet(terms[i], out int number), terms[i]);
            Assert.Equal(i, number);
        }

        Assert.False(numbers.TryGet("t20000", out _));
    }

    [Fact]
    public void The_empty_term_and_non_ascii_terms_are_terms_too()
    {
        var numbers = new TermNumbers();
        numbers.Add(string.Empty, 1);
        numbers.Add("genève", 2);
        numbers.Add("geneve", 3);
        numbers.Add("東京", 4);

        Assert.True(numbers.TryGet(string.Empty, out int empty));
        Assert.True(numbers.TryGet("genève", out int accented));
        Assert.True(numbers.TryGet("geneve", out int plain));
        Assert.True(numbers.TryGet("東京", out int tokyo));
        Assert.Equal([1, 2, 3, 4], [empty, accented, plain, tokyo]);
    }
}
