namespace Annals.Web.Redirects;

/// <summary>An old site path that must lead to an item's page, and the file that asked for it.</summary>
public sealed record Redirect(string From, string To, string SourcePath, int Line);
