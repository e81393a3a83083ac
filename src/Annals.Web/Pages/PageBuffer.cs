using System.Buffers;

namespace Annals.Web.Pages;

/// <summary>
/// One buffer per thread to render pages into: it grows to the largest page once and is reused for every other,
/// where a buffer per page would be some 15,000 arrays of 14 KB on average at 10,000 items.
/// </summary>
internal static class PageBuffer
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>This thread's buffer, emptied. Its content is valid until this thread rents it again.</summary>
    public static ArrayBufferWriter<byte> Rent()
    {
        ArrayBufferWriter<byte> buffer = t_buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        return buffer;
    }
}
