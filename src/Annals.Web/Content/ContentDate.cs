using System.Globalization;

namespace Annals.Web.Content;

/// <summary>
/// A date as written in content: <c>2024-04-18</c>, or a date and time with its offset
/// (<c>2024-04-18T09:30:00+02:00</c>, <c>...Z</c>). The calendar day as written decides the year, month
/// and URL of an item, never a conversion to UTC or the build machine's time zone, so
/// <c>2024-12-31T23:30:00-05:00</c> belongs to 2024 everywhere. A time without an offset is refused
/// because it would mean a different instant on every machine.
/// </summary>
public readonly record struct ContentDate(DateOnly Day, DateTimeOffset? Instant, string Original) : IComparable<ContentDate>
{
    /// <summary>The moment for feeds and sitemaps: the written instant, else midnight UTC of the day.</summary>
    public DateTimeOffset ToDateTimeOffset() =>
        Instant ?? new DateTimeOffset(Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static bool TryParse(string? text, out ContentDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        string original = text.Trim();
        ReadOnlySpan<char> s = original;
        if (s.Length < 10 || !TryParseDay(s[..10], out DateOnly day))
        {
            return false;
        }

        if (s.Length == 10)
        {
            date = new ContentDate(day, null, original);
            return true;
        }

        // YAML timestamps allow a space instead of 'T'; accepting it costs nothing and avoids a needless error.
        if (s[10] is not ('T' or 't' or ' ') || !TryParseTimeAndOffset(s[11..], out TimeSpan time, out TimeSpan offset))
        {
            return false;
        }

        // 0001-01-01T00:30+01:00 and 9999-12-31T23:30-05:00 are instants no clock can hold (outside the calendar in UTC).
        DateTime local = day.ToDateTime(TimeOnly.MinValue) + time;
        long utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        date = new ContentDate(day, new DateTimeOffset(local, offset), original);
        return true;
    }

    public int CompareTo(ContentDate other)
    {
        int result = Day.CompareTo(other.Day);
        return result != 0 ? result : ToDateTimeOffset().CompareTo(other.ToDateTimeOffset());
    }

    public static bool operator <(ContentDate left, ContentDate right) => left.CompareTo(right) < 0;

    public static bool operator <=(ContentDate left, ContentDate right) => left.CompareTo(right) <= 0;

    public static bool operator >(ContentDate left, ContentDate right) => left.CompareTo(right) > 0;

    public static bool operator >=(ContentDate left, ContentDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => Original;

    private static bool TryParseDay(ReadOnlySpan<char> s, out DateOnly day) =>
        DateOnly.TryParseExact(s, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>Parses <c>HH:mm[:ss[.fffffff]]</c> followed by <c>Z</c> or <c>±HH:mm</c>.</summary>
    private static bool TryParseTimeAndOffset(ReadOnlySpan<char> s, out TimeSpan time, out TimeSpan offset)
    {
        (time, offset) = (default, default);
        int zone = s.IndexOfAny('Z', 'z', '+') is var z and >= 0 ? z : s.LastIndexOf('-');
        if (zone < 0)
        {
            return false;
        }

        ReadOnlySpan<char> clock = s[..zone];
        ReadOnlySpan<char> suffix = s[zone..];
        string[] formats = ["HH':'mm", "HH':'mm':'ss", "HH':'mm':'ss'.'FFFFFFF"];
        if (!TimeOnly.TryParseExact(clock, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly timeOfDay))
        {
            return false;
        }

        time = timeOfDay.ToTimeSpan();
        if (suffix is "Z" or "z")
        {
            return true;
        }

        if (suffix.Length != 6 || suffix[3] != ':'
            || !int.TryParse(suffix[1..3], NumberStyles.None, CultureInfo.InvariantCulture, out int hours)
            || !int.TryParse(suffix[4..6], NumberStyles.None, CultureInfo.InvariantCulture, out int minutes)
            || hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        offset = suffix[0] == '-' ? -offset : offset;
        return true;
    }
}
