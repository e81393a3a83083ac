using Annals.Web.Content;
using Xunit;

namespace Annals.Web.Tests.Content;

public sealed class ContentDateTests
{
    [Fact]
    public void A_plain_day_has_no_instant_and_means_midnight_utc()
    {
        Assert.True(ContentDate.TryParse("2024-04-18", out ContentDate date));

        Assert.Equal(new DateOnly(2024, 4, 18), date.Day);
        Assert.Null(date.Instant);
        Assert.Equal("2024-04-18", date.Original);
        Assert.Equal(new DateTimeOffset(2024, 4, 18, 0, 0, 0, TimeSpan.Zero), date.ToDateTimeOffset());
    }

    [Theory]
    [InlineData("2024-12-31T23:30:00-05:00", 2024, 12, 31)]
    [InlineData("2024-01-01T00:30:00+01:00", 2024, 1, 1)]
    [InlineData("2023-12-31T23:30:00-05:00", 2023, 12, 31)]
    [InlineData("2024-04-18T09:30:00Z", 2024, 4, 18)]
    [InlineData("2024-04-18T09:30+02:00", 2024, 4, 18)]
    [InlineData("2024-04-18 09:30:00.123+02:00", 2024, 4, 18)]
    public void The_calendar_day_as_written_decides(string text, int year, int month, int day)
    {
        Assert.True(ContentDate.TryParse(text, out ContentDate date));

        Assert.Equal(new DateOnly(year, month, day), date.Day);
        Assert.NotNull(date.Instant);
    }

    [Fact]
    public void The_instant_keeps_the_written_offset()
    {
        Assert.True(ContentDate.TryParse("2024-12-31T23:30:00-05:00", out ContentDate date));

        Assert.Equal(new DateTimeOffset(2024, 12, 31, 23, 30, 0, TimeSpan.FromHours(-5)), date.Instant);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 4, 30, 0, TimeSpan.Zero), date.ToDateTimeOffset().ToUniversalTime());
    }

    [Theory]
    [InlineData("2024-04-18T09:30:00")]
    [InlineData("2024-04-18 10:00")]
    [InlineData("18 April 2024")]
    [InlineData("April 18, 2024")]
    [InlineData("18/04/2024")]
    [InlineData("2024-4-8")]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("24-04-18")]
    [InlineData("02024-04-18")]
    [InlineData("2024-04-18T25:00:00Z")]
    [InlineData("2024-04-18T09:30:00+15:00")]
    [InlineData("2024-04-18T09:30:00+0200")]
    [InlineData("2024-04-18X")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_formats_and_times_without_offset_are_refused(string? text)
    {
        Assert.False(ContentDate.TryParse(text, out _));
    }

    [Fact]
    public void Dates_compare_by_day_then_instant()
    {
        Assert.True(ContentDate.TryParse("2024-04-18", out ContentDate day));
        Assert.True(ContentDate.TryParse("2024-04-18T09:30:00Z", out ContentDate morning));
        Assert.True(ContentDate.TryParse("2024-04-19", out ContentDate next));

        Assert.True(day < morning);
        Assert.True(morning < next);
        Assert.True(next >= day);
    }
}
