using System.Collections.Concurrent;

namespace Annals.Pipeline.Tests.Support;

/// <summary>Records events from parallel work in the order they happened.</summary>
internal sealed class EventLog
{
    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyList<string> Events => [.. _events];

    public void Add(string name) => _events.Enqueue(name);

    public bool Contains(string name) => _events.Contains(name, StringComparer.Ordinal);

    public int IndexOf(string name)
    {
        IReadOnlyList<string> events = Events;
        for (int i = 0; i < events.Count; i++)
        {
            if (string.Equals(events[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        Assert.Fail($"Event '{name}' was not recorded; events: {Describe()}");
        return -1;
    }

    public void AssertBefore(string first, string second) =>
        Assert.True(IndexOf(first) < IndexOf(second), $"Expected '{first}' before '{second}'; events: {Describe()}");

    public string Describe() => string.Join(", ", Events);
}
