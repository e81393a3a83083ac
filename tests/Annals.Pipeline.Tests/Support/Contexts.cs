using System.Collections.Immutable;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;

namespace Annals.Pipeline.Tests.Support;

/// <summary>Builds a <see cref="ModuleContext"/> outside a run, to test modules on their own.</summary>
internal static class Contexts
{
    /// <summary>A context cancelled with the test.</summary>
    public static ModuleContext Create(
        IDiagnosticSink diagnostics,
        int maxDegreeOfParallelism = 4,
        Func<string, ImmutableArray<Document>>? outputsOf = null) =>
        WithToken(diagnostics, TestContext.Current.CancellationToken, maxDegreeOfParallelism, outputsOf);

    public static ModuleContext WithToken(
        IDiagnosticSink diagnostics,
        CancellationToken cancellationToken,
        int maxDegreeOfParallelism = 4,
        Func<string, ImmutableArray<Document>>? outputsOf = null) =>
        new("test", Phase.Process, diagnostics, outputsOf ?? (_ => []), maxDegreeOfParallelism, cancellationToken);
}
