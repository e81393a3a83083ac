namespace Annals.Web.Text;

/// <summary>A char array a caller keeps and reuses for text of any length (the search index's per-thread buffer).</summary>
internal static class CharArrays
{
    /// <summary>
    /// Replaces <paramref name="buffer"/> with a larger one (at least twice its size, so that a run of growing texts
    /// replaces it a few times only) when it holds fewer than <paramref name="length"/> characters; what it held is
    /// not kept.
    /// </summary>
    public static void EnsureLength(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, buffer.Length * 2)];
        }
    }
}
