namespace Annals.Web.Content;

/// <summary>
/// The diagnostic codes of the content layer. Codes are stable so that staff can search for them:
/// AN01xx for encoding, front matter and YAML typing (any file), AN02xx for news item fields,
/// AN03xx for events, AN04xx for site.yml, topics.yml and series.yml.
/// </summary>
public static class ContentCodes
{
    /// <summary>The file is not valid UTF-8 (or is UTF-16): it cannot be read as text.</summary>
    public const string NotUtf8 = "AN0101";

    /// <summary>A Markdown file does not start with a '---' line (or is empty).</summary>
    public const string MissingFrontMatter = "AN0102";

    /// <summary>The front matter opened with '---' is never closed by a '---' or '...' line.</summary>
    public const string UnterminatedFrontMatter = "AN0103";

    /// <summary>A value has the wrong type or format (date, true/false, number, list, text).</summary>
    public const string InvalidValue = "AN0104";

    /// <summary>The YAML does not parse (unquoted ': ', tab indentation, unclosed quote or bracket...).</summary>
    public const string YamlSyntax = "AN0105";

    /// <summary>The same key is written twice in one map; YAML would silently keep only one.</summary>
    public const string DuplicateKey = "AN0106";

    /// <summary>YAML anchors (&amp;), aliases (*) and tags (!) are refused: they only confuse content files.</summary>
    public const string YamlFeatureRefused = "AN0107";

    /// <summary>Warning: a key the generator does not know (often a misspelling); it is ignored.</summary>
    public const string UnknownKey = "AN0108";

    /// <summary>The front matter or YAML file is not a list of 'key: value' lines.</summary>
    public const string NotAMapping = "AN0109";

    /// <summary>The front matter or YAML file is too large or too deeply nested to be content.</summary>
    public const string TooComplex = "AN0110";

    /// <summary>A required key is missing or empty.</summary>
    public const string MissingValue = "AN0111";

    /// <summary>A link field is not an http(s) address or a site path (javascript:, data:, relative...).</summary>
    public const string InvalidUrl = "AN0112";

    /// <summary>A text value contains an invisible control character (it would break feeds and pages).</summary>
    public const string ControlCharacter = "AN0113";

    /// <summary>The 'slug' of a news item is not lower-case words joined by hyphens.</summary>
    public const string InvalidSlug = "AN0201";

    /// <summary>An 'image' is given without 'image_alt' (screen-reader users need the description).</summary>
    public const string ImageWithoutAlt = "AN0202";

    /// <summary>Warning: the title is very long (more than 150 characters).</summary>
    public const string LongTitle = "AN0203";

    /// <summary>An 'aliases' entry is not a safe old path on this site.</summary>
    public const string InvalidAlias = "AN0204";

    /// <summary>The 'event' value is neither an event id nor a map describing the event.</summary>
    public const string InvalidEventReference = "AN0205";

    /// <summary>The 'image' value is not a file path inside the site (web address, '..', backslash).</summary>
    public const string InvalidImagePath = "AN0206";

    /// <summary>Warning: 'topics' is one text with commas, probably meant as several topics.</summary>
    public const string TopicsLookLikeOneText = "AN0207";

    // AN0301 and AN0302 are ArchiveCodes (unknown event id, inline event conflicting with its file).

    /// <summary>An event id (file name or inline 'id') is not lower-case words joined by hyphens.</summary>
    public const string InvalidEventId = "AN0303";

    /// <summary>An event's 'end' is before its 'start'.</summary>
    public const string EndBeforeStart = "AN0304";

    /// <summary>An event's 'series' is not lower-case words joined by hyphens.</summary>
    public const string InvalidSeriesId = "AN0305";

    /// <summary>input/site.yml does not exist (reported by the settings pipeline, which looks for the file).</summary>
    public const string MissingSiteFile = "AN0401";

    /// <summary>site.yml 'base_url' is not an absolute http(s) address.</summary>
    public const string InvalidBaseUrl = "AN0402";

    /// <summary>site.yml 'language' is not a language tag like en or fr-CH.</summary>
    public const string InvalidLanguage = "AN0403";

    /// <summary>A topic slug in topics.yml is not lower-case words joined by hyphens.</summary>
    public const string InvalidTopicSlug = "AN0404";

    /// <summary>A series id in series.yml is not lower-case words joined by hyphens.</summary>
    public const string InvalidSeriesKey = "AN0405";

    /// <summary>A 'video_hosts' entry in site.yml is not a bare host name.</summary>
    public const string InvalidVideoHost = "AN0406";

    /// <summary>A value of site.yml's 'cms' map the web editor cannot use (unknown backend, repository not owner/name...).</summary>
    public const string InvalidCmsSetting = "AN0407";
}
