using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Annals.Web.Search;

/// <summary>
/// Writes the index's JSON: compact, properties in the order written (deterministic), and with non-ASCII text left
/// as UTF-8. The relaxed encoder is safe here because these files are only ever fetched and parsed as JSON, never
/// pasted into HTML, and escaping every accented letter as <c>\u00e9</c> would make them larger.
/// </summary>
internal static class SearchJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
