namespace Annals.Web.Archives;

/// <summary>Diagnostic codes of the site-wide lists: references between items and events.</summary>
public static class ArchiveCodes
{
    /// <summary>An item names an event id that no event file or inline event defines.</summary>
    public const string UnknownEvent = "AN0301";

    /// <summary>An inline event disagrees with the event file (or another inline event) of the same id.</summary>
    public const string EventConflict = "AN0302";
}
