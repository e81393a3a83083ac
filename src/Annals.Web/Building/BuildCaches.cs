using Annals.Web.Images;

namespace Annals.Web.Building;

/// <summary>
/// Everything a preview session keeps between runs. Modules that receive it reuse what did not change; modules that
/// receive null (a normal <c>annals build</c>) work exactly as before, so the one-shot build pays nothing for it.
/// </summary>
public sealed class BuildCaches
{
    public BuildCaches()
    {
        Sources = new SourceCache(Files);
    }

    public FileFingerprints Files { get; } = new();

    public SourceCache Sources { get; }

    public ThemeCache Theme { get; } = new();

    public PageCache Pages { get; } = new();

    /// <summary>Image facts and checked cache entries; its epoch moves when an image may have changed.</summary>
    public ImageMemory Images { get; } = new();

    /// <summary>Before a run: forget what the watcher says changed, so it is read again whatever its time stamp.</summary>
    public void Invalidate(IEnumerable<string> changedPaths)
    {
        ArgumentNullException.ThrowIfNull(changedPaths);
        IReadOnlyCollection<string> paths = changedPaths as IReadOnlyCollection<string> ?? [.. changedPaths];
        foreach (string path in paths)
        {
            Files.Forget(path);
            Files.ForgetUnder(path);
        }

        Images.NoteChanges(paths);
    }

    /// <summary>Before a run when nothing is known of what changed: every file is checked by its content again.</summary>
    public void ForgetAll()
    {
        Files.ForgetAll();
        Images.NoteChanges(null);
    }

    /// <summary>After a run: count what was reused, then (after a good run) drop the entries the run did not use.</summary>
    public RebuildStats Sweep(bool succeeded = true)
    {
        var stats = new RebuildStats(
            ItemsParsed: Sources.Items.Misses + Sources.Events.Misses,
            ItemsReused: Sources.Items.Hits + Sources.Events.Hits,
            BodiesRendered: Sources.Bodies.Misses,
            BodiesReused: Sources.Bodies.Hits,
            ThemeCompiled: Theme.Compilations > 0,
            PagesRendered: [.. Pages.Rendered.Order(StringComparer.Ordinal)],
            PagesReused: Pages.Reused);
        Sources.Items.Sweep(succeeded);
        Sources.Events.Sweep(succeeded);
        Sources.Bodies.Sweep(succeeded);
        Sources.Settings.Sweep(succeeded);
        Theme.Sweep(succeeded);
        Pages.Sweep(succeeded);
        return stats;
    }
}
