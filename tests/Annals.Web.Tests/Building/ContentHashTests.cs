using Annals.Web.Building;

namespace Annals.Web.Tests.Building;

public sealed class ContentHashTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("annals-hash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64 * 1024)]
    [InlineData((3 * 64 * 1024) + 17)]
    public void A_file_hashes_as_its_bytes_do_however_many_reads_it_takes(int length)
    {
        byte[] bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        string path = Path.Combine(_folder, "file.bin");
        File.WriteAllBytes(path, bytes);

        Assert.Equal(ContentHash.Of(bytes), ContentHash.OfFile(path));
    }

    [Fact]
    public void Files_that_differ_in_their_last_byte_hash_differently()
    {
        byte[] bytes = new byte[(2 * 64 * 1024) + 1];
        string first = Path.Combine(_folder, "a.bin");
        string second = Path.Combine(_folder, "b.bin");
        File.WriteAllBytes(first, bytes);
        bytes[^1] = 1;
        File.WriteAllBytes(second, bytes);

        Assert.NotEqual(ContentHash.OfFile(first), ContentHash.OfFile(second));
    }
}
