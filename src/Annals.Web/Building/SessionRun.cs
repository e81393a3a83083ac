namespace Annals.Web.Building;

/// <summary>What one run of a <see cref="BuildSession"/> gave: the report, the new site (null when it failed), and what was redone.</summary>
public sealed record SessionRun(BuildReport Report, SiteSnapshot? Site, RebuildStats Stats);
