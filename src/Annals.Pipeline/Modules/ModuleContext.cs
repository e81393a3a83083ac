using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;

namespace Annals.Pipeline.Modules;

/// <summary>What a module may know about the run it is part of.</summary>
public sealed class ModuleContext
{
    private readonly Func<string, ImmutableArray<Document>> _outputsOf;

    internal ModuleContext(
        string pipelineName,
        Phase phase,
        IDiagnosticSink diagnostics,
        Func<string, ImmutableArray<Document>> outputsOf,
        int maxDegreeOfParallelism,
        CancellationToken cancellationToken)
    {
        PipelineName = pipelineName;
        Phase = phase;
        Diagnostics = diagnostics;
        _outputsOf = outputsOf;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        CancellationToken = cancellationToken;
    }

    public string PipelineName { get; }

    public Phase Phase { get; }

    public IDiagnosticSink Diagnostics { get; }

    public int MaxDegreeOfParallelism { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// The Process-phase outputs of another pipeline. In the Process phase only declared dependencies may
    /// be read (the runner cannot otherwise promise they are finished); from PostProcess on, any pipeline.
    /// </summary>
    public ImmutableArray<Document> OutputsOf(string pipelineName) => _outputsOf(pipelineName);

    /// <summary>
    /// Runs <paramref name="work"/> on every document over all cores and keeps the input order. A document
    /// whose work throws is reported as an error naming its source path and dropped; the others go on.
    /// </summary>
    public async Task<ImmutableArray<Document>> ForEachAsync(
        ImmutableArray<Document> inputs,
        Func<Document, CancellationToken, ValueTask<IEnumerable<Document>>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var results = new IEnumerable<Document>?[inputs.Length];
        var options = new ParallelOptions
        {
            CancellationToken = CancellationToken,
            MaxDegreeOfParallelism = MaxDegreeOfParallelism,
        };
        await Parallel.ForAsync(0, inputs.Length, options, async (index, token) =>
        {
            Document input = inputs[index];
            try
            {
                results[index] = await work(input, token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !token.IsCancellationRequested)
            {
                Diagnostics.Report(ModuleFailure.For(input, PipelineName, exception));
            }
        }).ConfigureAwait(false);

        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (IEnumerable<Document>? result in results)
        {
            if (result is not null)
            {
                builder.AddRange(result);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The one-document-in, one-document-out form of <see cref="ForEachAsync(ImmutableArray{Document}, Func{Document, CancellationToken, ValueTask{IEnumerable{Document}}})"/>.</summary>
    public Task<ImmutableArray<Document>> SelectAsync(
        ImmutableArray<Document> inputs,
        Func<Document, CancellationToken, ValueTask<Document?>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return ForEachAsync(inputs, async (document, token) =>
        {
            Document? output = await work(document, token).ConfigureAwait(false);
            return output is null ? [] : [output];
        });
    }
}
