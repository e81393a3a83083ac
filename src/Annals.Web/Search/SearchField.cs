namespace Annals.Web.Search;

/// <summary>
/// The parts of a document the index tells apart, so that a word in a title counts for more than the same word
/// deep in a body. The numbers index <see cref="SearchDocument.Fields"/>.
/// </summary>
public enum SearchField
{
    /// <summary>An item's title, or an event's name.</summary>
    Title = 0,

    /// <summary>The names of the topics.</summary>
    Topics = 1,

    /// <summary>An item's summary, or an event's theme.</summary>
    Summary = 2,

    /// <summary>Who and where: event name and place, delegation names, organizer, series, year, edition.</summary>
    Meta = 3,

    /// <summary>The plain text of the Markdown body.</summary>
    Body = 4,
}
