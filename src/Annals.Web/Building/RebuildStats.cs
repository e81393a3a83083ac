using System.Collections.Immutable;

namespace Annals.Web.Building;

/// <summary>What one run of a preview session did again and what it reused; tests assert on it, --verbose prints it.</summary>
public sealed record RebuildStats(
    int ItemsParsed,
    int ItemsReused,
    int BodiesRendered,
    int BodiesReused,
    bool ThemeCompiled,
    ImmutableArray<string> PagesRendered,
    int PagesReused,
    int PagesReusedByStamp = 0);
