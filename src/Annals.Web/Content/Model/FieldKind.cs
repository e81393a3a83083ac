namespace Annals.Web.Content.Model;

/// <summary>
/// What a front-matter value is, in the terms of the content model. The readers check a value by its kind; the web
/// editor picks its form widget by its kind.
/// </summary>
public enum FieldKind
{
    /// <summary>One line of text (runs of white space become one space).</summary>
    Text,

    /// <summary>Text that may be written over several lines, read as one paragraph (<c>summary</c>).</summary>
    Paragraph,

    /// <summary>A day <c>2024-04-18</c>, or a time with an offset <c>2024-04-18T09:30:00+02:00</c>.</summary>
    Date,

    /// <summary>A whole decimal number of at least <see cref="ContentField.Minimum"/>, without quotes.</summary>
    WholeNumber,

    /// <summary><c>true</c> or <c>false</c>, without quotes.</summary>
    Boolean,

    /// <summary>An http(s) address or a site path starting with '/'.</summary>
    Url,

    /// <summary>An id of lower-case words joined by hyphens (<c>osce-alliance</c>).</summary>
    Slug,

    /// <summary>One of <see cref="ContentField.Choices"/>.</summary>
    Choice,

    /// <summary>Old site paths that redirect to the item (<c>aliases</c>).</summary>
    SitePaths,

    /// <summary>Topic names; one name may be written without list brackets.</summary>
    Topics,

    /// <summary>A list of maps whose keys are <see cref="ContentField.Fields"/> (<c>delegation</c>).</summary>
    ObjectList,

    /// <summary>The id of an event file in <c>input/events</c>.</summary>
    EventReference,

    /// <summary>A file of the site, like <c>assets/2024/photo.jpg</c>.</summary>
    Image,
}
