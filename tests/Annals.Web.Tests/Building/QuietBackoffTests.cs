using Annals.Web.Building;

namespace Annals.Web.Tests.Building;

public sealed class QuietBackoffTests
{
    private static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(1500);

    [Fact]
    public void Each_wasted_start_doubles_the_pause_up_to_the_longest()
    {
        var backoff = new QuietBackoff(Shortest, TimeSpan.FromSeconds(10));

        Assert.Equal(Shortest, backoff.Current);
        backoff.Wasted();
        Assert.Equal(TimeSpan.FromSeconds(3), backoff.Current);
        backoff.Wasted();
        backoff.Wasted();
        Assert.Equal(TimeSpan.FromSeconds(10), backoff.Current);
        backoff.Wasted();
        Assert.Equal(TimeSpan.FromSeconds(10), backoff.Current);
    }

    [Fact]
    public void A_finished_run_brings_the_pause_back_to_the_shortest()
    {
        var backoff = new QuietBackoff(Shortest, TimeSpan.FromSeconds(10));
        backoff.Wasted();
        backoff.Wasted();

        backoff.Finished();

        Assert.Equal(Shortest, backoff.Current);
    }
}
