using Annals.Web.Preview;

namespace Annals.Web.Tests.Preview;

public sealed class IdleGarbageCollectorTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task Collects_once_the_files_have_been_still_for_the_wait()
    {
        var collector = new IdleGarbageCollector(Wait, _ => true);
        int before = GC.CollectionCount(1);

        await collector.Schedule();

        Assert.Equal(1, collector.Collections);
        Assert.True(GC.CollectionCount(1) > before);
    }

    [Fact]
    public async Task A_full_collection_asked_for_stays_asked_for_until_it_is_done()
    {
        bool quiet = false;
        var collector = new IdleGarbageCollector(Wait, _ => quiet, oldGenerationGrew: () => false);
        await collector.Schedule(full: true);
        Assert.Equal(0, collector.Collections);
        quiet = true;
        int fullBefore = GC.CollectionCount(GC.MaxGeneration);

        await collector.Schedule();

        Assert.Equal(1, collector.FullCollections);
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > fullBefore);
    }

    [Fact]
    public async Task Collects_the_whole_heap_when_the_old_generation_grew_and_only_the_young_ones_otherwise()
    {
        bool grew = false;
        var collector = new IdleGarbageCollector(Wait, _ => true, oldGenerationGrew: () => grew);

        await collector.Schedule();
        Assert.Equal(0, collector.FullCollections);
        grew = true;
        await collector.Schedule();

        Assert.Equal(2, collector.Collections);
        Assert.Equal(1, collector.FullCollections);
    }

    [Fact]
    public async Task Does_not_collect_while_a_change_is_being_batched()
    {
        var collector = new IdleGarbageCollector(Wait, _ => false);

        await collector.Schedule();

        Assert.Equal(0, collector.Collections);
    }

    [Fact]
    public async Task A_rebuild_that_starts_during_the_wait_cancels_the_collection()
    {
        var collector = new IdleGarbageCollector(TimeSpan.FromSeconds(30), _ => true);
        Task scheduled = collector.Schedule();

        collector.Cancel();
        await scheduled.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(0, collector.Collections);
    }

    [Fact]
    public async Task A_new_schedule_replaces_the_waiting_one()
    {
        var collector = new IdleGarbageCollector(TimeSpan.FromMilliseconds(200), _ => true);
        Task first = collector.Schedule();

        Task second = collector.Schedule();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(1, collector.Collections);
    }
}
