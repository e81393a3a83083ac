namespace Annals.Cli.Tests;

/// <summary>A clock stopped at one instant, in UTC, so "today" is the same wherever the tests run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
