using System.Collections.Immutable;

namespace Annals.Web.Building;

/// <summary>
/// What one run of a preview session did again and what it reused; tests assert on it, --verbose prints it, with the
/// garbage collections that ran during the run (each one stops the rebuild for 20-400 ms at 10,000 items).
/// </summary>
public sealed record RebuildStats(
    int ItemsParsed,
    int ItemsReused,
    int BodiesRendered,
    int BodiesReused,
    bool ThemeCompiled,
    ImmutableArray<string> PagesRendered,
    int PagesReused,
    int PagesReusedByStamp = 0,
    int Collections = 0,
    int FullCollections = 0);
