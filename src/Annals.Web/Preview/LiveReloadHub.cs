using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Annals.Web.Preview;

/// <summary>
/// The open pages, each listening to server-sent events. <see cref="Reload"/> tells them all to reload; while the
/// site has errors, <see cref="ShowErrors"/> tells them (and every page that connects later) what is wrong.
/// </summary>
public sealed class LiveReloadHub
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();
    private volatile string? _errors;
    private long _sent;

    /// <summary>Pages listening now.</summary>
    public int ClientCount => _clients.Count;

    /// <summary>Events sent since the start, all clients counted; tests wait on it.</summary>
    public long EventsSent => Interlocked.Read(ref _sent);

    public void Reload(long version)
    {
        _errors = null;
        Broadcast(Format("reload", JsonSerializer.Serialize(new ReloadEvent(version), LiveReloadJson.Default.ReloadEvent)));
    }

    public void ShowErrors(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string frame = Format("build-error", JsonSerializer.Serialize(new BuildErrorEvent(message), LiveReloadJson.Default.BuildErrorEvent));
        _errors = frame;
        Broadcast(frame);
    }

    /// <summary>Streams events to one page until it goes away or the server stops.</summary>
    public async Task ServeAsync(HttpContext context, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        _clients[channel] = 0;
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // A page that opens while the site is broken learns it at once.
            await WriteAsync(context, _errors ?? ": connected\n\n", lifetime.Token).ConfigureAwait(false);
            while (!lifetime.IsCancellationRequested)
            {
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
                tick.CancelAfter(Heartbeat);
                string frame;
                try
                {
                    frame = await channel.Reader.ReadAsync(tick.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!lifetime.IsCancellationRequested)
                {
                    frame = ": heartbeat\n\n";
                }

                await WriteAsync(context, frame, lifetime.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping.
        }
        catch (IOException)
        {
        }
        finally
        {
            _clients.TryRemove(channel, out _);
        }
    }

    private static string Format(string name, string json) => $"event: {name}\ndata: {json}\n\n";

    private async Task WriteAsync(HttpContext context, string frame, CancellationToken cancellationToken)
    {
        await context.Response.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (!frame.StartsWith(':'))
        {
            Interlocked.Increment(ref _sent);
        }
    }

    private void Broadcast(string frame)
    {
        foreach (Channel<string> client in _clients.Keys)
        {
            client.Writer.TryWrite(frame);
        }
    }
}
