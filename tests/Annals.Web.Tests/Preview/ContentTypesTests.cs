using Annals.Web.Preview;

namespace Annals.Web.Tests.Preview;

public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("feed.json", "application/feed+json; charset=utf-8")]
    [InlineData("events/calendar.ics", "text/calendar; charset=utf-8")]
    [InlineData("events/osce-2024/event.ics", "text/calendar; charset=utf-8")]
    [InlineData("search/manifest.json", "application/json; charset=utf-8")]
    [InlineData("feed.xml", "application/xml; charset=utf-8")]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("_theme/images/share.0123456789.png", "image/png")]
    public void Feeds_and_calendars_are_served_with_their_own_media_types(string path, string expected)
    {
        Assert.Equal(expected, ContentTypes.Of(path));
    }
}
