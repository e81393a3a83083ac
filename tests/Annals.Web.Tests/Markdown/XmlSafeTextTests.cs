using Annals.Web.Markdown;

namespace Annals.Web.Tests.Markdown;

/// <summary>What XML 1.0 forbids is found and removed; what it allows (tabs, line breaks, any pair of surrogates) stays.</summary>
public sealed class XmlSafeTextTests
{
    [Theory]
    [InlineData("Report\tfrom\r\nVienna 🇦🇹 — über")]
    [InlineData("")]
    [InlineData("\uFFFD and \uFFFC are allowed")]
    public void Text_xml_allows_is_clean_and_left_as_it_is(string text)
    {
        Assert.True(XmlSafeText.IsClean(text));
        Assert.Same(text, XmlSafeText.Clean(text));
    }

    [Theory]
    [InlineData("a\u0001b", "ab")]
    [InlineData("a\u001Fb\u000B", "ab")]
    [InlineData("\uFFFEa\uFFFF", "a")]
    public void Forbidden_characters_are_found_and_removed(string text, string clean)
    {
        Assert.False(XmlSafeText.IsClean(text));
        Assert.Equal(clean, XmlSafeText.Clean(text));
    }

    [Fact]
    public void Lone_surrogates_are_found_and_removed_and_pairs_kept()
    {
        // Built here: a lone surrogate in an attribute's string does not survive compilation (it becomes U+FFFD).
        string high = "lone " + '\uD800' + " high";
        string low = "lone " + '\uDC00' + " low 🇦🇹";

        Assert.False(XmlSafeText.IsClean(high));
        Assert.False(XmlSafeText.IsClean(low));
        Assert.Equal("lone  high", XmlSafeText.Clean(high));
        Assert.Equal("lone  low 🇦🇹", XmlSafeText.Clean(low));
    }

    [Fact]
    public void A_forbidden_character_is_found_far_into_a_long_text()
    {
        // Past the first vectors of a search, in each of the three ranges checked.
        string prefix = new('x', 1000);
        Assert.False(XmlSafeText.IsClean(prefix + "\u0002"));
        Assert.False(XmlSafeText.IsClean(prefix + "\uFFFF"));
        Assert.False(XmlSafeText.IsClean(prefix + "\uDBFF"));
        Assert.True(XmlSafeText.IsClean(prefix + "\n"));
    }
}
