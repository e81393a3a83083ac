namespace Annals.Web.Rendering;

/// <summary>The theme's default image for shared links, with its size in pixels when the file says it.</summary>
public sealed record ShareImage(string Url, int? Width, int? Height);
