using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Annals.Web.Text;

namespace Annals.Web.StructuredData;

/// <summary>
/// Writes JSON that can sit inside <c>&lt;script type="application/ld+json"&gt;</c>. A script element ends at the
/// first <c>&lt;/script</c> whatever the JSON means, so no content may carry a raw '&lt;': the encoder escapes
/// '&lt;', '&gt;' and '&amp;' (and quotes, '+' and '`') as <c>\u003C</c> and the like, which JSON parsers read back
/// as the same text. Letters of every script stay readable (<c>Genève</c>, not <c>Gen\u00E8ve</c>).
/// </summary>
public static class JsonLdText
{
    // An encoder made by Create always escapes HTML-sensitive characters, whichever ranges it allows; only
    // UnsafeRelaxedJsonEscaping would not, and it must never be used here.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    // Each rendering thread keeps its writer, and writes into one of its kept buffers (ThreadBuffers): a page's
    // JSON-LD is written once per page, 15,000 times in a large build, and allocating them anew each time cost more
    // than writing the JSON.
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        PooledBufferWriter<byte> buffer = ThreadBuffers<byte>.Rent();
        Utf8JsonWriter json = t_writer ??= new Utf8JsonWriter(buffer, Options);
        json.Reset(buffer);
        try
        {
            write(json);
            json.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            // A writer left mid-document (an exception above) must not leak its state into the next page.
            json.Reset();
            ThreadBuffers<byte>.Return(buffer);
        }
    }

    /// <summary>Writes the property only when it has a value, as schema.org expects absent facts to be left out.</summary>
    public static void WriteOptional(this Utf8JsonWriter json, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Starts an object with its schema.org type: <c>{"@type":"Place", ...</c>.</summary>
    public static void StartTyped(this Utf8JsonWriter json, string type, string? propertyName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (propertyName is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(propertyName);
        }

        json.WriteString("@type", type);
    }
}
