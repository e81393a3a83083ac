using System.Text.Json;
using Annals.Web.Rendering;

namespace Annals.Web.StructuredData;

/// <summary>
/// An event as a schema.org <c>Event</c>, with what Google's event documentation requires (name, start date, a
/// location: a <c>Place</c> with an address, a <c>VirtualLocation</c> with a URL for an online event, both for a
/// hybrid one) and recommends (end date, status, attendance mode, description, image, organizer). An event whose
/// place is unknown is left out: without a location it could not be read as an event, only reported as broken.
/// </summary>
internal static class EventNode
{
    private const string Schema = "https://schema.org/";

    public static bool Applies(EventView ev) => EventPlace.Of(ev.Location) is { Physical: not null } or { Online: true };

    public static void Write(Utf8JsonWriter json, EventView ev, PageFacts facts)
    {
        EventPlace place = EventPlace.Of(ev.Location);
        json.StartTyped("Event");
        json.WriteString("@id", facts.PageUrl + "#event");
        json.WriteString("url", facts.PageUrl);
        json.WriteString("name", ev.Name);
        json.WriteString("startDate", ev.StartIso);
        json.WriteString("endDate", ev.EndIso ?? ev.StartIso);
        json.WriteString("eventStatus", Schema + "EventScheduled");
        json.WriteString("eventAttendanceMode", Schema + (place.IsMixed ? "MixedEventAttendanceMode" : place.Online ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"));
        WriteLocation(json, ev, place, facts);
        json.WriteOptional("description", facts.Description);
        if (facts.ImageUrl is { } image)
        {
            json.WriteStartArray("image");
            json.WriteStringValue(image);
            json.WriteEndArray();
        }

        json.StartTyped("Organization", "organizer");
        json.WriteString("name", ev.Organizer);
        json.WriteEndObject();
        json.WriteString("inLanguage", facts.Site.Language);
        json.WriteOptional("sameAs", ev.Website);
        if (ev.Recording is { } recording)
        {
            json.StartTyped("CreativeWork", "recordedIn");
            json.WriteString("name", "Recording of " + ev.Name);
            json.WriteString("url", recording);
            json.WriteEndObject();
        }

        if (ev.Series is { } series)
        {
            json.StartTyped("EventSeries", "superEvent");
            json.WriteString("name", series.Name);
            json.WriteString("url", facts.Absolute(series.Url));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, EventView ev, EventPlace place, PageFacts facts)
    {
        if (place.IsMixed)
        {
            json.WriteStartArray("location");
        }
        else
        {
            json.WritePropertyName("location");
        }

        if (place.Physical is { } physical)
        {
            var (name, street, locality, country) = EventPlace.Address(physical);
            json.StartTyped("Place");
            json.WriteString("name", name);
            json.StartTyped("PostalAddress", "address");
            json.WriteOptional("streetAddress", street);
            json.WriteString("addressLocality", locality);
            json.WriteOptional("addressCountry", country);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        if (place.Online)
        {
            // Where to attend: the event's own website when it has one, else its page here.
            json.StartTyped("VirtualLocation");
            json.WriteString("url", ev.Website ?? facts.PageUrl);
            json.WriteEndObject();
        }

        if (place.IsMixed)
        {
            json.WriteEndArray();
        }
    }
}
