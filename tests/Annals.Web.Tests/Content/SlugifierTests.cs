using Annals.Web.Content;
using Xunit;

namespace Annals.Web.Tests.Content;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("Report on the 24th OSCE Conference", "report-on-the-24th-osce-conference")]
    [InlineData("Genève", "geneve")]
    [InlineData("Sécurité", "securite")]
    [InlineData("Réunion à Genève", "reunion-a-geneve")]
    [InlineData("Droits de l'homme", "droits-de-l-homme")]
    [InlineData("Droits de l’homme", "droits-de-l-homme")]
    [InlineData("  --Hello,   World!--  ", "hello-world")]
    [InlineData("Straße & Œuvre", "strasse-oeuvre")]
    [InlineData("C++ / C#", "c-c")]
    [InlineData("TITLE I", "title-i")]
    [InlineData("2024: a year", "2024-a-year")]
    [InlineData("Happy New Year 🎉", "happy-new-year")]
    [InlineData("../x", "x")]
    [InlineData("a/../../etc/passwd", "a-etc-passwd")]
    public void Makes_lower_case_ascii_words_joined_by_hyphens(string text, string expected)
    {
        Assert.Equal(expected, Slugifier.Slugify(text));
    }

    [Theory]
    [InlineData("السلام", "lslm")]
    [InlineData("Привет мир", "privet-mir")]
    [InlineData("Київ", "kiiv")]
    [InlineData("中国 delegation", "zhongguo-delegation")]
    [InlineData("Ελλάδα", "ellada")]
    public void Transliterates_non_latin_titles(string text, string expected)
    {
        Assert.Equal(expected, Slugifier.Slugify(text));
    }

    [Theory]
    [InlineData("🎉🎉")]
    [InlineData("...")]
    [InlineData("")]
    public void Text_with_nothing_to_keep_gets_a_stable_hash_slug(string text)
    {
        string slug = Slugifier.Slugify(text);

        Assert.Matches("^item-[0-9a-f]{8}$", slug);
        Assert.Equal(slug, Slugifier.Slugify(text));
        Assert.True(SlugRules.IsSlug(slug));
    }

    [Fact]
    public void Different_emoji_titles_get_different_slugs()
    {
        Assert.NotEqual(Slugifier.Slugify("🎉"), Slugifier.Slugify("🎈"));
    }

    [Fact]
    public void Decomposed_and_composed_spellings_give_one_slug()
    {
        Assert.Equal(Slugifier.Slugify("Gene\u0300ve"), Slugifier.Slugify("Genève"));
    }

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary_at_or_below_80_characters()
    {
        string title = string.Join(' ', Enumerable.Repeat("conference", 12));

        string slug = Slugifier.Slugify(title);

        Assert.True(slug.Length <= 80);
        Assert.Equal(string.Join('-', Enumerable.Repeat("conference", 7)), slug);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void A_boundary_exactly_at_80_keeps_80_characters()
    {
        string word = new('a', 39);
        string slug = Slugifier.Slugify($"{word} {word} bb");

        Assert.Equal(79, slug.Length);
        Assert.Equal(80, Slugifier.Slugify($"{word} {word}a bb").Length);
    }

    [Fact]
    public void A_single_overlong_word_is_cut_hard()
    {
        Assert.Equal(new string('x', 80), Slugifier.Slugify(new string('x', 100)));
    }

    [Fact]
    public void Windows_device_names_are_avoided()
    {
        Assert.Equal("con-1", Slugifier.Slugify("CON"));
    }

    [Fact]
    public void Does_not_depend_on_the_current_culture()
    {
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal("title-i", Slugifier.Slugify("TITLE I"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
