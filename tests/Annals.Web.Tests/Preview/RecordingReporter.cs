using System.Collections.Concurrent;
using Annals.Web.Building;
using Annals.Web.Preview;

namespace Annals.Web.Tests.Preview;

/// <summary>Keeps what the preview loop reported, for tests to assert on.</summary>
internal sealed class RecordingReporter : IPreviewReporter
{
    private int _searchUpdates;

    public ConcurrentQueue<SessionRun> Rebuilds { get; } = new();

    public ConcurrentQueue<SessionRun> Failures { get; } = new();

    public int SearchUpdates => Volatile.Read(ref _searchUpdates);

    public void Rebuilt(SessionRun run, ChangeBatch? changes, TimeSpan sinceSave) => Rebuilds.Enqueue(run);

    public void Failed(SessionRun run, ChangeBatch? changes) => Failures.Enqueue(run);

    public void SearchUpdated(SiteSnapshot site) => Interlocked.Increment(ref _searchUpdates);
}
