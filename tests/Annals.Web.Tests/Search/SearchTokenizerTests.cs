using Annals.Web.Search;

namespace Annals.Web.Tests.Search;

public sealed class SearchTokenizerTests
{
    [Theory]
    [InlineData("Müller")]
    [InlineData("MÜLLER")]
    [InlineData("muller")]
    [InlineData("Mu\u0308ller")] // decomposed ü, as some keyboards and pastes send it
    public void Case_and_diacritics_fold_to_one_term(string text)
    {
        Assert.Equal(["muller"], SearchTokenizer.Terms(text));
    }

    [Theory]
    [InlineData("São Tomé", "sao tome")]
    [InlineData("Genève", "geneve")]
    [InlineData("GENÈVE", "Geneve")]
    [InlineData("Côte d’Ivoire", "cote d'ivoire")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Øresund", "oresund")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ＵＮＨＣＲ", "unhcr")] // full-width letters
    [InlineData("ﬁnance", "finance")] // a ligature
    [InlineData("Ge\u00ADneva", "geneva")] // a soft hyphen inside the word
    public void Text_and_query_spelled_differently_give_the_same_terms(string text, string query)
    {
        Assert.Equal(SearchTokenizer.Terms(text), SearchTokenizer.Terms(query));
    }

    [Theory]
    [InlineData("The Order's delegation", new[] { "the", "order", "delegation" })]
    [InlineData("THE ORDER'S DELEGATION", new[] { "the", "order", "delegation" })]
    [InlineData("Genève's delegation", new[] { "geneve", "delegation" })]
    [InlineData("Droits de l'homme", new[] { "droits", "de", "homme", "lhomme" })]
    [InlineData("Droits de l’homme", new[] { "droits", "de", "homme", "lhomme" })]
    [InlineData("Mary O'Brien", new[] { "mary", "brien", "obrien" })]
    [InlineData("don't", new[] { "don", "t", "dont" })]
    [InlineData("'quoted'", new[] { "quoted" })]
    public void Apostrophes_drop_possessives_and_elisions_and_keep_the_joined_word(string text, string[] expected)
    {
        Assert.Equal(expected, SearchTokenizer.Terms(text));
    }

    [Theory]
    [InlineData("long-term support", new[] { "long", "term", "longterm", "support" })]
    [InlineData("COVID-19", new[] { "covid", "19", "covid19" })]
    [InlineData("Jean‑Pierre", new[] { "jean", "pierre", "jeanpierre" })] // non-breaking hyphen
    [InlineData("pre- and post-war", new[] { "pre", "and", "post", "war", "postwar" })]
    [InlineData("2010 - 2015", new[] { "2010", "2015" })]
    public void Hyphens_split_words_and_keep_the_joined_word(string text, string[] expected)
    {
        Assert.Equal(expected, SearchTokenizer.Terms(text));
    }

    [Fact]
    public void Numbers_are_kept()
    {
        Assert.Equal(
            ["the", "24th", "osce", "conference", "edition", "024", "2024", "700", "representatives"],
            SearchTokenizer.Terms("The 24th OSCE Conference (edition 024), 2024: 700 representatives."));
    }

    [Theory]
    [InlineData("Москва", "москва")]
    [InlineData("ΑΘΗΝΑ", "Αθήνα")]
    [InlineData("ΟΔΟΣ", "οδός")] // final sigma
    [InlineData("مُؤْتَمَر", "مؤتمر")] // Arabic with and without vowel marks
    [InlineData("עִבְרִית", "עברית")]
    public void Non_latin_scripts_fold_case_and_marks(string text, string query)
    {
        IReadOnlyList<string> terms = SearchTokenizer.Terms(text);
        Assert.Single(terms);
        Assert.Equal(terms, SearchTokenizer.Terms(query));
    }

    [Fact]
    public void Chinese_and_japanese_characters_are_terms_of_their_own()
    {
        Assert.Equal(["联", "合", "国", "unhcr"], SearchTokenizer.Terms("联合国UNHCR"));

        // Kana voicing marks decompose like accents and fold away the same way, on both sides.
        Assert.Equal(["東", "京", "て", "会", "議"], SearchTokenizer.Terms("東京で会議"));
    }

    [Fact]
    public void Punctuation_and_symbols_separate_words()
    {
        Assert.Equal(["a", "b", "c", "d", "e"], SearchTokenizer.Terms("a.b,c/d—e"));
        Assert.Empty(SearchTokenizer.Terms("— … 😀 !"));
    }

    [Fact]
    public void Very_long_runs_are_left_out()
    {
        Assert.Equal(["short"], SearchTokenizer.Terms(new string('x', SearchTokenizer.MaxTermLength + 1) + " short"));
    }

    [Theory]
    [InlineData("refugees gen", "gen", true)]
    [InlineData("refugees gen ", "gen", false)]
    [InlineData("long-te", "longte", true)]
    public void The_word_being_typed_is_marked(string query, string term, bool endsText)
    {
        var sink = new RecordingSink();
        SearchTokenizer.Tokenize(query, sink);
        Assert.Contains((term, endsText), sink.Terms);
    }

    [Fact]
    public void Tokenizing_a_buffer_in_place_gives_its_terms_and_leaves_ascii_text_lower_cased()
    {
        char[] buffer = "The ORDER'S long-Term report, 2024".ToCharArray();
        var sink = new RecordingSink();

        SearchTokenizer.TokenizeInPlace(buffer, sink);

        Assert.Equal(
            [("the", false), ("order", false), ("long", false), ("term", false), ("longterm", false), ("report", false), ("2024", true)],
            sink.Terms);
        Assert.Equal("the order's long-term report, 2024", new string(buffer));
    }

    private sealed class RecordingSink : ITokenSink
    {
        public List<(string, bool)> Terms { get; } = [];

        public void Add(ReadOnlySpan<char> term, bool endsText) => Terms.Add((term.ToString(), endsText));
    }
}
