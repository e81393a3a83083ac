namespace Annals.Web.Content;

/// <summary>What kind of news item this is (front-matter key <c>type</c>); the theme may label or style it.</summary>
public enum ItemType
{
    /// <summary>A delegation's report on a conference or meeting; the default.</summary>
    Report,

    /// <summary>A statement delivered or published by the organization.</summary>
    Statement,

    /// <summary>An announcement, often dated ahead of the event it announces.</summary>
    Announcement,

    /// <summary>General news.</summary>
    News,
}
