namespace Annals.Web.Rendering;

/// <summary>
/// HTML that templates write as it is, without escaping: the cleaned Markdown body, the output of a partial,
/// a page's content inside the base layout. Everything else a template writes is HTML-escaped.
/// Only wrap text that was made safe (sanitized or built by our own code).
/// </summary>
public sealed record RawHtml(string Html)
{
    public static readonly RawHtml Empty = new(string.Empty);

    public override string ToString() => Html;
}
