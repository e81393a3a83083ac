namespace Annals.Web.Tests.Preview;

/// <summary>Listens to the live-reload events as a browser's EventSource would, collecting the event names.</summary>
internal sealed class SseReader : IAsyncDisposable
{
    private readonly HttpClient _client = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _lines = [];
    private Task? _reading;

    public async Task StartAsync(Uri server)
    {
        var response = await _client.GetAsync(new Uri(server, "/_annals/events"), HttpCompletionOption.ResponseHeadersRead, _stop.Token);
        response.EnsureSuccessStatusCode();
        Stream body = await response.Content.ReadAsStreamAsync(_stop.Token);
        var reader = new StreamReader(body);

        // The first frame arrives at once: once it is read, the server knows this client.
        string? first = await reader.ReadLineAsync(_stop.Token);
        Add(first ?? string.Empty);
        _reading = Task.Run(async () =>
        {
            try
            {
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    Add(line);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or HttpRequestException)
            {
            }
        });
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Waits, at most <paramref name="timeout"/>, for a line that starts with <paramref name="prefix"/>.</summary>
    public async Task<string?> WaitForAsync(string prefix, TimeSpan timeout)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        for (int attempt = 0; attempt < 1000 && DateTime.UtcNow < deadline; attempt++)
        {
            string? found = Lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(50);
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reading is not null)
        {
            await _reading.WaitAsync(TimeSpan.FromSeconds(5));
        }

        _client.Dispose();
        _stop.Dispose();
    }

    private void Add(string line)
    {
        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}
