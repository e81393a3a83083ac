namespace Annals.Pipeline.Tests.Support;

/// <summary>Waits that never hang a test run and never assert on durations.</summary>
internal static class Wait
{
    /// <summary>Long enough for anything that should happen; only reached when something is broken.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Gives something that should NOT happen a chance to happen, so that a broken engine is caught.</summary>
    public static readonly TimeSpan Chance = TimeSpan.FromMilliseconds(200);

    /// <summary>Waits for <paramref name="task"/>, failing with a <see cref="TimeoutException"/> instead of hanging.</summary>
    public static Task For(Task task) => task.WaitAsync(Timeout, TestContext.Current.CancellationToken);

    public static Task<T> For<T>(Task<T> task) => task.WaitAsync(Timeout, TestContext.Current.CancellationToken);

    /// <summary>True when <paramref name="task"/> completes within <paramref name="limit"/>.</summary>
    public static async Task<bool> Within(Task task, TimeSpan limit)
    {
        Task winner = await Task.WhenAny(task, Task.Delay(limit, TestContext.Current.CancellationToken)).ConfigureAwait(false);
        return winner == task;
    }

    /// <summary>True when <paramref name="task"/> completes within the long timeout (something that must happen).</summary>
    public static Task<bool> Happens(Task task) => Within(task, Timeout);

    /// <summary>True when <paramref name="task"/> completes within a short chance (something that must not happen).</summary>
    public static Task<bool> HappensSoon(Task task) => Within(task, Chance);

    public static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
