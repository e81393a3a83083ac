using System.Collections.Immutable;

namespace Annals.Web.StructuredData;

/// <summary>
/// Where an event takes place, read from its free-text <c>location</c>. The content model has no separate field for
/// online attendance, so staff write it in the location: <c>Online</c>, <c>Geneva, Switzerland and online</c>,
/// <c>Hofburg, Vienna (hybrid)</c>. A location without such a word is a physical place, kept as written.
/// </summary>
public sealed record EventPlace(string? Physical, bool Online)
{
    private static readonly ImmutableArray<string> OnlineWords = ["online", "online only", "virtual", "virtual only", "webinar", "hybrid"];

    private static readonly char[] Separators = [',', ';', '/', '+', '&', '|', '(', ')'];

    public static readonly EventPlace Nowhere = new(null, false);

    public bool IsMixed => Online && Physical is not null;

    public static EventPlace Of(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return Nowhere;
        }

        bool online = false;
        var physical = new List<string>();
        foreach (string raw in location.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string part = WithoutLeading(raw, "and ", "or ");
            if (IsOnlineWord(part))
            {
                online = true;
            }
            else if (OnlineTail(part) is { } before)
            {
                online = true;
                physical.Add(before);
            }
            else if (part.Length > 0)
            {
                physical.Add(part);
            }
        }

        // Without an online word the location stays exactly as written, separators and all.
        return online ? new EventPlace(physical.Count > 0 ? string.Join(", ", physical) : null, true) : new EventPlace(location.Trim(), false);
    }

    /// <summary>
    /// The parts of a postal address, guessed from a comma-separated place: the last part is the country, the one
    /// before it the town, a first part of three or more is the venue and anything between is the street.
    /// </summary>
    public static (string Name, string? Street, string Locality, string? Country) Address(string physical)
    {
        ArgumentNullException.ThrowIfNull(physical);
        string[] parts = physical.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            0 or 1 => (physical, null, physical, null),
            2 => (physical, null, parts[0], parts[1]),
            _ => (parts[0], parts.Length > 3 ? string.Join(", ", parts[1..^2]) : null, parts[^2], parts[^1]),
        };
    }

    private static bool IsOnlineWord(string part) =>
        OnlineWords.Any(word => part.Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Geneva and online" -> "Geneva".</summary>
    private static string? OnlineTail(string part)
    {
        foreach (string joiner in (ReadOnlySpan<string>)[" and ", " or "])
        {
            int at = part.LastIndexOf(joiner, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && IsOnlineWord(part[(at + joiner.Length)..].Trim()))
            {
                return part[..at].Trim();
            }
        }

        return null;
    }

    private static string WithoutLeading(string part, params ReadOnlySpan<string> words)
    {
        foreach (string word in words)
        {
            if (part.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return part[word.Length..].Trim();
            }
        }

        return part;
    }
}
