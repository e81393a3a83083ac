namespace Annals.Web.Cms;

/// <summary>The glue script (<c>annals-cms.js</c>, embedded in this assembly) the admin page loads after Decap.</summary>
public static class AdminScript
{
    private static readonly Lazy<byte[]> Bytes = new(Load);

    public static ReadOnlyMemory<byte> Content => Bytes.Value;

    private static byte[] Load()
    {
        using Stream stream = typeof(AdminScript).Assembly.GetManifestResourceStream("Annals.Web.Cms.annals-cms.js")
            ?? throw new InvalidOperationException("The admin glue script is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
