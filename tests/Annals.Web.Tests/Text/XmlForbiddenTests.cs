using Annals.Web.Text;

namespace Annals.Web.Tests.Text;

public sealed class XmlForbiddenTests
{
    [Theory]
    [InlineData("plain\ttext\r\nwith breaks", -1)]
    [InlineData("a\u0001", 1)]
    [InlineData("ab\uFFFE", 2)]
    [InlineData("x\uFFFFy\u0002", 1)]
    [InlineData("x\u0002y\uFFFF", 1)]
    [InlineData("\u001F\uFFFE", 0)]
    public void The_first_forbidden_character_is_found_whichever_kind_it_is(string text, int index)
    {
        Assert.Equal(index, XmlForbidden.IndexOf(text));
    }

    [Fact]
    public void Exactly_the_control_characters_xml_forbids_and_the_two_non_characters_are_forbidden()
    {
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            bool forbidden = c is < 0x20 and not ('\t' or '\n' or '\r') or 0xFFFE or 0xFFFF;
            Assert.True(forbidden == XmlForbidden.Contains((char)c), $"U+{c:X4}");
            Assert.Equal(forbidden ? 0 : -1, XmlForbidden.IndexOf([(char)c]));
        }
    }
}
