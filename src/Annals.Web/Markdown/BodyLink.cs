namespace Annals.Web.Markdown;

/// <summary>A link or image written in a Markdown body, with the file and line it was written on.</summary>
public sealed record BodyLink(string Url, string SourcePath, int Line, int Column, bool IsImage);
