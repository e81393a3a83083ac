using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Annals.Pipeline.Diagnostics;

/// <summary>
/// Collects diagnostics from parallel work. <see cref="ToSortedList"/> gives them in a stable order
/// (by path, line, column, code) so that a build reports the same problems the same way every time.
/// </summary>
public sealed class DiagnosticBag : IDiagnosticSink
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errorCount;
    private int _warningCount;

    public int ErrorCount => Volatile.Read(ref _errorCount);

    public int WarningCount => Volatile.Read(ref _warningCount);

    public bool HasErrors => ErrorCount > 0;

    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.Enqueue(diagnostic);
        if (diagnostic.Severity == Severity.Error)
        {
            Interlocked.Increment(ref _errorCount);
        }
        else if (diagnostic.Severity == Severity.Warning)
        {
            Interlocked.Increment(ref _warningCount);
        }
    }

    public ImmutableArray<Diagnostic> ToSortedList() =>
        [.. _items.Distinct().Order(DiagnosticOrder.Instance)];

    private sealed class DiagnosticOrder : IComparer<Diagnostic>
    {
        public static readonly DiagnosticOrder Instance = new();

        public int Compare(Diagnostic? x, Diagnostic? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null)
            {
                return -1;
            }

            if (y is null)
            {
                return 1;
            }

            int result = string.CompareOrdinal(x.Location?.Path ?? string.Empty, y.Location?.Path ?? string.Empty);
            if (result == 0)
            {
                result = (x.Location?.Line ?? 0).CompareTo(y.Location?.Line ?? 0);
            }

            if (result == 0)
            {
                result = (x.Location?.Column ?? 0).CompareTo(y.Location?.Column ?? 0);
            }

            if (result == 0)
            {
                result = string.CompareOrdinal(x.Code, y.Code);
            }

            return result == 0 ? string.CompareOrdinal(x.Message, y.Message) : result;
        }
    }
}
