using System.IO.Hashing;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Tests.Support;

namespace Annals.Pipeline.Tests.Documents;

/// <summary>A file's content notes each read in the build's log, with the hash of exactly the bytes read.</summary>
public sealed class FileReadLogTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reading_a_file_as_bytes_or_text_notes_the_hash_of_its_bytes()
    {
        using var temp = new TempFolder();
        string bytesPath = temp.Write("a.md", "# Alpha");
        string textPath = temp.Write("b.md", "# Bravo");
        var log = new FileReadLog();

        await DocumentContent.FromFile(bytesPath, log).ReadBytesAsync(Token);
        await DocumentContent.FromFile(textPath, log).ReadTextAsync(Token);

        Assert.True(log.TryGetHash(bytesPath, out UInt128? a));
        Assert.Equal(XxHash128.HashToUInt128("# Alpha"u8), a);
        Assert.True(log.TryGetHash(textPath, out UInt128? b));
        Assert.Equal(XxHash128.HashToUInt128("# Bravo"u8), b);
    }

    [Fact]
    public void A_file_not_read_is_not_in_the_log()
    {
        using var temp = new TempFolder();
        string path = temp.Write("a.md", "# Alpha");
        var log = new FileReadLog();

        _ = DocumentContent.FromFile(path, log);

        Assert.False(log.TryGetHash(path, out _));
    }

    [Fact]
    public async Task A_file_read_twice_with_different_bytes_has_no_known_version()
    {
        using var temp = new TempFolder();
        string path = temp.Write("a.md", "first");
        var log = new FileReadLog();
        DocumentContent content = DocumentContent.FromFile(path, log);

        await content.ReadBytesAsync(Token);
        await content.ReadBytesAsync(Token);
        Assert.True(log.TryGetHash(path, out UInt128? same));
        Assert.NotNull(same);

        await File.WriteAllTextAsync(path, "second", Token);
        await content.ReadBytesAsync(Token);

        Assert.True(log.TryGetHash(path, out UInt128? changed));
        Assert.Null(changed);
    }
}
