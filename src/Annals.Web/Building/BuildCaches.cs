using System.Runtime.CompilerServices;
using Annals.Pipeline.Documents;
using Annals.Pipeline.FileSystem;
using Annals.Web.Calendars;
using Annals.Web.Html;
using Annals.Web.Images;
using Annals.Web.Pages;

namespace Annals.Web.Building;

/// <summary>
/// Everything a preview session keeps between runs. Modules that receive it reuse what did not change; modules that
/// receive null (a normal <c>annals build</c>) work exactly as before, so the one-shot build pays nothing for it.
/// </summary>
public sealed class BuildCaches
{
    /// <param name="trustReportedChanges">
    /// True when every change will be reported through <see cref="Invalidate"/> (a watcher that says when it lost
    /// track): unchanged files are then not even looked at. False checks each file's size and time on every run.
    /// </param>
    public BuildCaches(bool trustReportedChanges = false)
    {
        Files = new FileFingerprints { TrustUntilForgotten = trustReportedChanges };
        Sources = new SourceCache(Files);
    }

    public FileFingerprints Files { get; }

    /// <summary>The files of each input folder, kept until the watcher reports a change that may alter them.</summary>
    public FileListings Listings { get; } = new();

    public SourceCache Sources { get; }

    public ThemeCache Theme { get; } = new();

    public PageCache Pages { get; } = new();

    /// <summary>The iCalendar text of each event as last written.</summary>
    public CalendarMemo Calendars { get; } = new();

    /// <summary>Where each body's links lead, resolved once per body.</summary>
    public ResolvedLinks Links { get; } = new();

    /// <summary>Feeds, the sitemap and calendars, by a stamp of what each is made from.</summary>
    public OutputMemo Outputs { get; } = new();

    /// <summary>Image facts and checked cache entries; its epoch moves when an image may have changed.</summary>
    public ImageMemory Images { get; } = new();

    /// <summary>Posts and events as parsed, with their bodies and lead images: one table per stage.</summary>
    public DerivedDocuments Parsed { get; } = new();

    /// <inheritdoc cref="Parsed"/>
    public DerivedDocuments Rendered { get; } = new();

    /// <inheritdoc cref="Parsed"/>
    public DerivedDocuments WithLeadImages { get; } = new();

    /// <summary>Each post as the site index lists it, by its document (which the tables above keep while it is unchanged).</summary>
    public ConditionalWeakTable<Document, PublishedItem> Published { get; } = [];

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

        Listings.Invalidate(paths);
        Images.NoteChanges(paths);
    }

    /// <summary>Before a run when nothing is known of what changed: every file is checked by its content again.</summary>
    public void ForgetAll()
    {
        Files.ForgetAll();
        Listings.ForgetAll();
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
            PagesReused: Pages.Reused,
            PagesReusedByStamp: Pages.ReusedByStamp);
        Sources.Items.Sweep(succeeded);
        Sources.Events.Sweep(succeeded);
        Sources.Bodies.Sweep(succeeded);
        Sources.Settings.Sweep(succeeded);
        Theme.Sweep(succeeded);
        Calendars.Sweep();
        Outputs.Sweep();
        Pages.Sweep(succeeded);
        return stats;
    }
}
