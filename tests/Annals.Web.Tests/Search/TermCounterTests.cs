using System.Collections.Immutable;
using Annals.Web.Search;

namespace Annals.Web.Tests.Search;

public sealed class TermCounterTests
{
    [Fact]
    public void Each_document_lists_its_own_terms_with_their_counts_per_field()
    {
        var interner = new TermInterner();
        var counter = new TermCounter(interner);

        DocumentTerms first = counter.Count(Document(title: "Vienna report", body: "The report from Vienna, Vienna."));
        DocumentTerms second = counter.Count(Document(title: "Geneva", body: "A report."));

        Assert.Equal(["vienna", "report", "the", "from"], [.. first.Terms.Select(t => interner[t])]);
        Assert.Equal(["geneva", "a", "report"], [.. second.Terms.Select(t => interner[t])]);
        int vienna = Array.IndexOf(first.Terms, interner.Intern("vienna"));
        Assert.Equal(1, first.CountsOf(vienna)[(int)SearchField.Title]);
        Assert.Equal(2, first.CountsOf(vienna)[(int)SearchField.Body]);
        int report = Array.IndexOf(second.Terms, interner.Intern("report"));
        Assert.Equal(0, second.CountsOf(report)[(int)SearchField.Title]);
        Assert.Equal(1, second.CountsOf(report)[(int)SearchField.Body]);
        Assert.Equal(2, first.Lengths[(int)SearchField.Title]);
        Assert.Equal(5, first.Lengths[(int)SearchField.Body]);
    }

    [Fact]
    public void Thousands_of_terms_are_counted_past_the_first_tables()
    {
        var interner = new TermInterner();
        var counter = new TermCounter(interner);
        string body = string.Join(' ', Enumerable.Range(0, 6_000).Select(i => $"w{i}"));

        DocumentTerms first = counter.Count(Document(title: "x", body: body));
        DocumentTerms again = counter.Count(Document(title: "x", body: body + " w5999"));

        Assert.Equal(6_001, first.Terms.Length);
        Assert.Equal(6_001, again.Terms.Length);
        Assert.Equal(2, again.CountsOf(Array.IndexOf(again.Terms, interner.Intern("w5999")))[(int)SearchField.Body]);
    }

    private static SearchDocument Document(string title, string body) => new(
        new DateOnly(2024, 4, 18),
        [title, string.Empty, string.Empty, string.Empty, body],
        [],
        new SearchFragment(title, "/x/", "2024-04-18", "18 April 2024", "item", [], null, string.Empty));
}
