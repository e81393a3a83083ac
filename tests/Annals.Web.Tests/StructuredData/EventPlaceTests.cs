using Annals.Web.StructuredData;

namespace Annals.Web.Tests.StructuredData;

public sealed class EventPlaceTests
{
    [Theory]
    [InlineData("Hofburg, Vienna, Austria", "Hofburg, Vienna, Austria", false)]
    [InlineData("Bosnia and Herzegovina", "Bosnia and Herzegovina", false)]
    [InlineData("Online", null, true)]
    [InlineData("virtual only", null, true)]
    [InlineData("Geneva, Switzerland and online", "Geneva, Switzerland", true)]
    [InlineData("Geneva, Switzerland, and online", "Geneva, Switzerland", true)]
    [InlineData("Hofburg, Vienna (hybrid)", "Hofburg, Vienna", true)]
    [InlineData("Nairobi + Online", "Nairobi", true)]
    [InlineData("Onlineville, Utopia", "Onlineville, Utopia", false)]
    public void The_location_says_where_and_whether_online(string location, string? physical, bool online)
    {
        EventPlace place = EventPlace.Of(location);

        Assert.Equal(physical, place.Physical);
        Assert.Equal(online, place.Online);
        Assert.Equal(physical is not null && online, place.IsMixed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void No_location_is_nowhere(string? location)
    {
        Assert.Equal(EventPlace.Nowhere, EventPlace.Of(location));
    }

    [Theory]
    [InlineData("Vienna", "Vienna", null, "Vienna", null)]
    [InlineData("Geneva, Switzerland", "Geneva, Switzerland", null, "Geneva", "Switzerland")]
    [InlineData("Hofburg, Vienna, Austria", "Hofburg", null, "Vienna", "Austria")]
    [InlineData("Palais des Nations, Avenue de la Paix 8, Geneva, Switzerland", "Palais des Nations", "Avenue de la Paix 8", "Geneva", "Switzerland")]
    public void An_address_is_read_from_the_end_of_the_place(string physical, string name, string? street, string locality, string? country)
    {
        Assert.Equal((name, street, locality, country), EventPlace.Address(physical));
    }
}
