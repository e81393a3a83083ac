using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading.Channels;

namespace Annals.Web.Preview;

/// <summary>
/// Watches the input and theme folders and hands over changes in batches: a batch closes once the files have been
/// quiet for <paramref name="quiet"/> (an editor's save is often several writes and a rename), or after
/// <see cref="MaxBatchTime"/> of continuous changes, so a long copy still shows progress. Editor scratch files
/// (hidden names, <c>~</c> backups, <c>.swp</c>) are ignored.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan MaxBatchTime = TimeSpan.FromSeconds(2);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string?> _events = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TimeSpan _quiet;
    private long _lastSeen = Stopwatch.GetTimestamp();

    /// <param name="folders">Folders to watch with everything under them; missing ones are skipped.</param>
    /// <param name="quiet">How long the files must be still before a batch is handed over.</param>
    public SiteWatcher(IEnumerable<string> folders, TimeSpan quiet)
    {
        ArgumentNullException.ThrowIfNull(folders);
        _quiet = quiet;
        foreach (string folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Seen(e.FullPath);
            watcher.Created += (_, e) => Seen(e.FullPath);
            watcher.Deleted += (_, e) => Seen(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Seen(e.OldFullPath);
                Seen(e.FullPath);
            };

            // A lost event could be any file: say so, and the next run checks them all.
            watcher.Error += (_, _) =>
            {
                Volatile.Write(ref _lastSeen, Stopwatch.GetTimestamp());
                _events.Writer.TryWrite(null);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Whether no file has changed for at least <paramref name="time"/>.</summary>
    public bool QuietFor(TimeSpan time) => Stopwatch.GetElapsedTime(Volatile.Read(ref _lastSeen)) >= time;

    /// <summary>Waits for the next batch of changes.</summary>
    public async Task<ChangeBatch> NextAsync(CancellationToken cancellationToken)
    {
        string? first = await _events.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        long firstSeen = Stopwatch.GetTimestamp();
        var paths = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        bool overflowed = first is null;
        if (first is not null)
        {
            paths.Add(first);
        }

        while (Stopwatch.GetElapsedTime(firstSeen) < MaxBatchTime)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(_quiet);
            try
            {
                string? next = await _events.Reader.ReadAsync(quiet.Token).ConfigureAwait(false);
                overflowed |= next is null;
                if (next is not null)
                {
                    paths.Add(next);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        return new ChangeBatch([.. paths.Order(StringComparer.Ordinal)], overflowed, firstSeen);
    }

    public void Dispose()
    {
        foreach (FileSystemWatcher watcher in _watchers)
        {
            watcher.Dispose();
        }

        _events.Writer.TryComplete();
    }

    private void Seen(string path)
    {
        string name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name is "4913")
        {
            return;
        }

        Volatile.Write(ref _lastSeen, Stopwatch.GetTimestamp());
        _events.Writer.TryWrite(path);
    }
}
