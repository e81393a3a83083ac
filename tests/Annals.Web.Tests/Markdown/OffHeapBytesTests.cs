using System.Collections.Immutable;
using System.Text;
using Annals.Web.Markdown;

namespace Annals.Web.Tests.Markdown;

public sealed class OffHeapBytesTests
{
    [Fact]
    public void The_bytes_read_back_are_the_bytes_given()
    {
        byte[] source = Encoding.UTF8.GetBytes("Délégation à Genève — 2024");
        using var bytes = new OffHeapBytes(source);

        Assert.Equal(source, bytes.Memory.ToArray());
        source[0] = (byte)'X';
        Assert.Equal((byte)'D', bytes.Memory.Span[0]);
    }

    [Fact]
    public void Nothing_given_reads_as_empty()
    {
        using var bytes = new OffHeapBytes([]);

        Assert.True(bytes.Memory.IsEmpty);
    }

    [Fact]
    public void A_body_keeps_its_html_and_plain_text_apart_and_compares_by_content()
    {
        var body = new RenderedMarkdown("<p>Réunion à Vienne</p>", "Réunion à Vienne", "Réunion à Vienne", ImmutableArray<BodyLink>.Empty);
        var same = new RenderedMarkdown("<p>Réunion à Vienne</p>", "Réunion à Vienne", "Réunion à Vienne", ImmutableArray<BodyLink>.Empty);
        var other = new RenderedMarkdown("<p>Réunion à Vienna</p>", "Réunion à Vienne", "Réunion à Vienne", ImmutableArray<BodyLink>.Empty);

        Assert.Equal("<p>Réunion à Vienne</p>", body.Html);
        Assert.Equal("Réunion à Vienne", body.PlainText);
        Assert.Equal("<p>Réunion à Vienne</p>"u8.ToArray(), body.Utf8Html.ToArray());
        Assert.Equal(same, body);
        Assert.NotEqual(other, body);
    }
}
