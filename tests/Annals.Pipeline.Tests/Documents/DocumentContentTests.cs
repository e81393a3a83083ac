using System.Text;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.Documents;

public sealed class DocumentContentTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Text_reads_back_as_text_and_as_UTF8_bytes()
    {
        DocumentContent content = DocumentContent.FromText("héllo ✓");

        Assert.Equal("héllo ✓", await content.ReadTextAsync(Token));
        Assert.Equal(Encoding.UTF8.GetBytes("héllo ✓"), (await content.ReadBytesAsync(Token)).ToArray());
        Assert.Null(content.SourceFile);
    }

    [Fact]
    public async Task Bytes_read_back_unchanged_and_as_text_without_a_byte_order_mark()
    {
        byte[] bytes = [.. Bom, .. Encoding.UTF8.GetBytes("héllo")];
        DocumentContent content = DocumentContent.FromBytes(bytes);

        Assert.Equal("héllo", await content.ReadTextAsync(Token));
        Assert.Equal(bytes, (await content.ReadBytesAsync(Token)).ToArray());
        Assert.Null(content.SourceFile);
    }

    [Fact]
    public void Only_content_made_from_text_hands_back_its_text_object()
    {
        string text = "<feed/>";

        Assert.Same(text, DocumentContent.FromText(text).Text);
        Assert.Null(DocumentContent.FromBytes("<feed/>"u8.ToArray()).Text);
        Assert.Null(DocumentContent.FromFile("/nowhere/feed.xml").Text);
    }

    [Fact]
    public async Task Empty_content_is_empty()
    {
        Assert.Equal(string.Empty, await DocumentContent.Empty.ReadTextAsync(Token));
        Assert.Equal(0, (await DocumentContent.Empty.ReadBytesAsync(Token)).Length);
    }

    [Fact]
    public async Task A_file_is_read_only_when_asked_and_each_time_it_is_asked()
    {
        using var temp = new TempFolder();
        string path = temp.PathOf("later.md");

        // Nothing is read yet: the file does not even exist.
        DocumentContent content = DocumentContent.FromFile(path);
        Assert.Equal(path, content.SourceFile);

        await File.WriteAllTextAsync(path, "first", Token);
        Assert.Equal("first", await content.ReadTextAsync(Token));

        await File.WriteAllTextAsync(path, "second", Token);
        Assert.Equal("second", await content.ReadTextAsync(Token));
        Assert.Equal("second"u8.ToArray(), (await content.ReadBytesAsync(Token)).ToArray());
    }

    [Fact]
    public async Task A_file_read_as_text_drops_the_byte_order_mark_but_keeps_it_as_bytes()
    {
        using var temp = new TempFolder();
        byte[] bytes = [.. Bom, .. Encoding.UTF8.GetBytes("# Titre é")];
        string path = temp.Write("bom.md", bytes);

        DocumentContent content = DocumentContent.FromFile(path);

        Assert.Equal("# Titre é", await content.ReadTextAsync(Token));
        Assert.Equal(bytes, (await content.ReadBytesAsync(Token)).ToArray());
    }

    [Fact]
    public async Task Only_a_leading_byte_order_mark_is_dropped()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("a"), .. Bom, .. Encoding.UTF8.GetBytes("b")];

        Assert.Equal("a\uFEFFb", await DocumentContent.FromBytes(bytes).ReadTextAsync(Token));
    }

    [Fact]
    public async Task A_missing_file_fails_when_read()
    {
        using var temp = new TempFolder();
        DocumentContent content = DocumentContent.FromFile(temp.PathOf("missing.md"));

        await Assert.ThrowsAsync<FileNotFoundException>(async () => await content.ReadTextAsync(Token));
    }

    [Fact]
    public void Replacing_the_content_of_a_document_read_from_a_file_forgets_the_file()
    {
        var document = new Document("a.css", "a.css", DocumentContent.FromFile("/somewhere/a.css"));

        Assert.Equal("/somewhere/a.css", document.Content.SourceFile);
        Assert.Null(document.WithText("changed").Content.SourceFile);
    }
}
