using System.Text;

namespace Annals.Web.Preview;

/// <summary>
/// The script the preview adds to every HTML page it serves (and only there: built pages never contain it). It is a
/// file, not inline code, because the pages' Content-Security-Policy allows scripts from the site only. It listens
/// to <see cref="EventsPath"/>: <c>reload</c> reloads the page, <c>build-error</c> shows the problems over the page
/// </summary>
public static class LiveReloadScript
{
    public const string ScriptPath = "/_annals/live-reload.js";
    public const string EventsPath = "/_annals/events";

    private static readonly byte[] Tag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\" defer></script>\n");
    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    public const string Source = """
        // Added by `annals serve` only. Reloads the page after a rebuild; shows build errors over the page.
        (() => {
          "use strict";
          const id = "annals-build-errors";
          const hide = () => document.getElementById(id)?.remove();
          const show = (text) => {
            hide();
            const box = document.createElement("div");
            box.id = id;
            box.setAttribute("role", "alert");
            Object.assign(box.style, {
              position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto", padding: "2rem",
              background: "rgba(20, 20, 20, 0.94)", color: "#fff", font: "15px/1.5 ui-monospace, monospace",
            });
            const title = document.createElement("p");
            title.textContent = "The site has errors. The page below is the last good version; fix the file and save to update it.";
            Object.assign(title.style, { fontWeight: "bold", color: "#ff8080", margin: "0 0 1rem" });
            const details = document.createElement("pre");
            details.textContent = text;
            Object.assign(details.style, { whiteSpace: "pre-wrap", margin: "0" });
            box.append(title, details);
            document.body.append(box);
          };
          const source = new EventSource("/_annals/events");
          source.addEventListener("reload", () => location.reload());
          source.addEventListener("build-error", (event) => show(JSON.parse(event.data).message));
        })();

        """;

    /// <summary>The page with the script tag added before its last <c>&lt;/body&gt;</c> (or at the end).</summary>
    public static byte[] Inject(ReadOnlySpan<byte> html)
    {
        int at = LastIndexOfIgnoreCase(html, BodyEnd);
        if (at < 0)
        {
            at = html.Length;
        }

        byte[] result = new byte[html.Length + Tag.Length];
        html[..at].CopyTo(result);
        Tag.CopyTo(result.AsSpan(at));
        html[at..].CopyTo(result.AsSpan(at + Tag.Length));
        return result;
    }

    private static int LastIndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> ascii)
    {
        for (int i = text.Length - ascii.Length; i >= 0; i--)
        {
            if (Ascii.EqualsIgnoreCase(text.Slice(i, ascii.Length), ascii))
            {
                return i;
            }
        }

        return -1;
    }
}
