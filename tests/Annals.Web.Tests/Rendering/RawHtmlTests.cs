using System.Text;
using Annals.Web.Rendering;

namespace Annals.Web.Tests.Rendering;

public sealed class RawHtmlTests
{
    private const string Html = "<p>Délégation à Genève 🇦🇹</p>";

    [Fact]
    public void Html_given_as_utf8_reads_back_as_the_same_text()
    {
        RawHtml raw = RawHtml.FromUtf8(Encoding.UTF8.GetBytes(Html));

        Assert.Equal(Html, raw.Html);
        Assert.Equal(Html, raw.ToString());
        Assert.True(raw.TryGetUtf8(out ReadOnlySpan<byte> utf8));
        Assert.Equal(Encoding.UTF8.GetBytes(Html), utf8.ToArray());
    }

    [Fact]
    public void Html_given_as_a_string_has_no_utf8_form()
    {
        Assert.False(new RawHtml(Html).TryGetUtf8(out _));
    }

    [Fact]
    public void The_same_html_is_equal_in_either_form_and_hashes_alike()
    {
        RawHtml text = new(Html);
        RawHtml bytes = RawHtml.FromUtf8(Encoding.UTF8.GetBytes(Html));
        RawHtml otherBytes = RawHtml.FromUtf8(Encoding.UTF8.GetBytes(Html));

        Assert.Equal(text, bytes);
        Assert.Equal(bytes, text);
        Assert.Equal(bytes, otherBytes);
        Assert.Equal(text.GetHashCode(), bytes.GetHashCode());
        Assert.NotEqual(bytes, RawHtml.FromUtf8(Encoding.UTF8.GetBytes("<p>other</p>")));
        Assert.NotEqual(text, RawHtml.FromUtf8(Encoding.UTF8.GetBytes("<p>other</p>")));
    }
}
