using System.Buffers;

namespace Annals.Web.Text;

/// <summary>
/// The characters XML 1.0 forbids in text apart from lone surrogates: control characters other than tab and line
/// breaks, and the non-characters U+FFFE and U+FFFF. Refused in content files (<c>SourceText</c>) and removed from
/// rendered bodies (<c>XmlSafeText</c>), so that the feeds can always be written.
/// </summary>
internal static class XmlForbidden
{
    /// <summary>
    /// The control characters alone: a set of ASCII characters is searched with a vector bitmap, where one with
    /// U+FFFE and U+FFFF in it took a slower path (every file and every body is searched).
    /// </summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>Where the first forbidden character of <paramref name="text"/> is, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text)
    {
        int control = text.IndexOfAny(Controls);
        int nonCharacter = (control < 0 ? text : text[..control]).IndexOfAnyInRange('\uFFFE', '\uFFFF');
        return nonCharacter >= 0 ? nonCharacter : control;
    }

    public static bool Contains(char c) => Controls.Contains(c) || c is '\uFFFE' or '\uFFFF';
}
