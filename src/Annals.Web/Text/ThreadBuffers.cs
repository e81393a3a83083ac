namespace Annals.Web.Text;

/// <summary>
/// Growable buffers each thread keeps and reuses: a page, a layout's output, a page's JSON-LD, a body's HTML and
/// plain text are written into one, and a buffer per use would be tens of thousands of arrays a build, each grown chunk by chunk.
/// A buffer grows to the largest use once and is then reused; one that grew past <see cref="KeptCapacity"/> for a
/// single huge page or body gives its array back to the shared pool instead of being kept by the thread, so that the
/// next huge page, on whichever thread, takes it from there rather than from the large object heap.
/// </summary>
/// <typeparam name="T">Bytes for UTF-8, chars for text.</typeparam>
internal static class ThreadBuffers<T>
    where T : unmanaged
{
    /// <summary>Elements; larger buffers are not kept.</summary>
    public const int KeptCapacity = 1 << 20;

    /// <summary>
    /// More than a thread uses of one kind at once: three char buffers for a body (its HTML, plain text and first
    /// paragraph), two byte buffers for a page (the page and its layout's output).
    /// </summary>
    private const int KeptPerThread = 4;

    private const int InitialCapacity = 16 * 1024;

    [ThreadStatic]
    private static Stack<PooledBufferWriter<T>>? t_idle;

    /// <summary>An empty buffer: one this thread kept, else a new one. Give it back with <see cref="Return"/>.</summary>
    public static PooledBufferWriter<T> Rent()
    {
        if (t_idle is { Count: > 0 } idle)
        {
            PooledBufferWriter<T> buffer = idle.Pop();
            buffer.ResetWrittenCount();
            return buffer;
        }

        return new PooledBufferWriter<T>(InitialCapacity);
    }

    /// <summary>Keeps <paramref name="buffer"/> for this thread's next <see cref="Rent"/>. Its content must not be used after this.</summary>
    public static void Return(PooledBufferWriter<T> buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        Stack<PooledBufferWriter<T>> idle = t_idle ??= new Stack<PooledBufferWriter<T>>(KeptPerThread);
        if (buffer.Capacity <= KeptCapacity && idle.Count < KeptPerThread)
        {
            idle.Push(buffer);
        }
        else
        {
            buffer.Dispose();
        }
    }
}
