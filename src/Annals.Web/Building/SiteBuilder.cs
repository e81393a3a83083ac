using System.Collections.Immutable;
using System.Diagnostics;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.FileSystem;
using Annals.Pipeline.Running;
using Annals.Web.Pipelines;

namespace Annals.Web.Building;

/// <summary>
/// Builds a whole site: runs the pipelines into a staging folder beside the output folder and swaps it in
/// only when no error (or, with --strict, no warning) was reported. A failed build writes nothing visible.
/// </summary>
public sealed class SiteBuilder
{
    /// <summary>Lets a site add its own pipelines (or replace the list) before a build runs.</summary>
    public Func<BuildOptions, string?, IList<Annals.Pipeline.Running.Pipeline>> PipelineFactory { get; init; } = SitePipelines.Create;

    /// <summary>
    /// Whether a build may be skipped when nothing in the input and theme folders changed since the last one (see
    /// <see cref="BuildOptions.CacheDirectory"/>). Null means: only with the standard pipelines, since a site's own
    /// pipelines may read files elsewhere. Set it to true for a factory that only wraps the standard pipelines.
    /// </summary>
    public bool? SkipWhenUpToDate { get; init; }

    public async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        long started = Stopwatch.GetTimestamp();
        if (options.WriteOutput && OutputFolderCheck.Check(options) is { } overlap)
        {
            return new BuildReport([overlap], 0, 0, Stopwatch.GetElapsedTime(started), [], Succeeded: false);
        }

        bool standardPipelines = PipelineFactory == (Func<BuildOptions, string?, IList<Annals.Pipeline.Running.Pipeline>>)SitePipelines.Create;
        bool remember = options.WriteOutput && options.CacheDirectory is not null && (SkipWhenUpToDate ?? standardPipelines);
        bool mayReuse = remember && !options.Force;
        if (mayReuse)
        {
            // A killed build's leftovers are cleared (or its swap finished) before the output folder is compared.
            StagedDirectory.Recover(options.OutputDirectory);
            if (UpToDateCheck.TryReuse(options, started) is { } upToDate)
            {
                return upToDate;
            }
        }

        // Listed before the build, so an edit made while it runs counts as a change next time, and hashed after it from
        // what the pipelines read (noted in InputReads), so no file is read twice; only worth it when a later build
        // may be skipped on it.
        IReadOnlyList<InputStamp>? snapshot = null;
        if (remember)
        {
            snapshot = UpToDateCheck.Snapshot(options);
            options = options with { InputReads = new FileReadLog() };
        }

        using StagedDirectory? staging = options.WriteOutput ? StagedDirectory.Create(options.OutputDirectory) : null;
        var runner = new PipelineRunner(
            PipelineFactory(options, staging?.StagingPath),
            new RunnerOptions { WarningsAreErrors = options.Strict });
        RunResult result = await runner.RunAsync(new DiagnosticBag(), cancellationToken).ConfigureAwait(false);

        bool succeeded = result.Succeeded;
        ImmutableArray<Document> written = succeeded
            ? [.. result.Outputs.Values.SelectMany(d => d).Where(d => d.Destination is not null)]
            : [];

        // Taken from the files' stamps as they were written, before the staging folder becomes the output folder.
        string? outputHash = snapshot is not null && staging is not null && succeeded ? UpToDateCheck.OutputHashOf(written, staging.StagingPath) : null;
        string? retired = succeeded && staging is not null ? staging.CommitKeepingRetired() : null;
        if (options.WriteOutput && options.CacheDirectory is not null)
        {
            PageRecord.Commit(options.CacheDirectory, outputReplaced: succeeded && staging is not null);
        }

        // The last site is deleted while this one is recorded: two walks over every file, one per core.
        Task deleting = retired is null ? Task.CompletedTask : Task.Run(() => StagedDirectory.DeleteRetired(retired), CancellationToken.None);

        var report = new BuildReport(
            result.Diagnostics,
            written.Count(d => d.GetOrDefault(WebKeys.IsPage)),
            written.Length,
            Stopwatch.GetElapsedTime(started),
            result.Timings,
            succeeded)
        {
            PagesCopied = written.Count(d => d.GetOrDefault(WebKeys.CopiedFromLastBuild)),
        };
        if (snapshot is not null && succeeded && staging is not null)
        {
            ImmutableArray<InputFile> hashed = UpToDateCheck.Hash(snapshot, options.InputReads);
            if (!hashed.IsDefaultOrEmpty)
            {
                UpToDateCheck.Record(options, hashed, report, outputHash);
            }
        }

        await deleting.ConfigureAwait(false);
        return report;
    }
}
