using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;
using Annals.Pipeline.FileSystem;

namespace Annals.Web.Building;

/// <summary>
/// Skips a build when it would write exactly what is already in the output folder: same engine, same options, every
/// input and theme file unchanged (by size and time, else by a hash of its bytes, so a touched file does not count),
/// and the output folder as the last build left it. At 10,000 items that is a tenth of a second instead of a full
/// build. The record is written only after a build succeeded and its output was swapped in.
/// </summary>
internal static class UpToDateCheck
{
    private const string ManifestName = "build-manifest.json";

    /// <summary>A report of the skipped build, or null when something changed (or nothing is known) and it must run.</summary>
    public static BuildReport? TryReuse(BuildOptions options, long startedTimestamp)
    {
        ArgumentNullException.ThrowIfNull(options);
        BuildManifest? last = Read(options);
        if (last is null || last.Engine != EngineIdentity.Value || last.Options != OptionsOf(options))
        {
            return null;
        }

        // The two walks stat some 37,000 files at 10,000 items; each keeps one core busy.
        Task<string> output = Task.Run(() => OutputHash(options.OutputDirectory));
        ImmutableArray<InputFile>? inputs = CurrentInputs(options, last.Inputs);
        if (inputs is null || output.GetAwaiter().GetResult() != last.Output)
        {
            return null;
        }

        ImmutableArray<Diagnostic> warnings = [.. last.Warnings.Select(w => Diagnostic.Warning(
            w.Code,
            w.Message,
            w.Path is null ? null : new SourceLocation(w.Path, w.Line, w.Column)))];
        return new BuildReport(warnings, last.Pages, last.Files, Stopwatch.GetElapsedTime(startedTimestamp), [], Succeeded: true) { UpToDate = true };
    }

    /// <summary>Remembers a successful build; a failure to write the record only costs the next build its shortcut.</summary>
    /// <param name="options">The build's options.</param>
    /// <param name="inputs">The input files as they were when the build started (an edit during the build must count as a change).</param>
    /// <param name="report">The build's report.</param>
    /// <param name="outputHash">The output folder's hash from what the build wrote (<see cref="OutputHashOf"/>), or null to walk the folder.</param>
    public static void Record(BuildOptions options, ImmutableArray<InputFile> inputs, BuildReport report, string? outputHash = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        if (options.CacheDirectory is null)
        {
            return;
        }

        try
        {
            var manifest = new BuildManifest
            {
                Engine = EngineIdentity.Value,
                Options = OptionsOf(options),
                Inputs = inputs,
                Output = outputHash ?? OutputHash(options.OutputDirectory),
                Pages = report.PagesWritten,
                Files = report.FilesWritten,
                Warnings = [.. report.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d =>
                    new RecordedWarning(d.Code, d.Message, d.Location?.Path, d.Location?.Line ?? 0, d.Location?.Column ?? 0))],
            };
            Directory.CreateDirectory(options.CacheDirectory);
            string path = Path.Combine(options.CacheDirectory, ManifestName);
            string temporary = path + ".tmp";
            // Straight into the file: at 100,000 items the record is some 20 MB, which as one array went to the
            // large object heap three times over while it grew.
            using (FileStream file = File.Create(temporary))
            {
                JsonSerializer.Serialize(file, manifest, BuildManifestJson.Default.BuildManifest);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The site was built; only the next build's shortcut is lost.
        }
    }

    private static BuildManifest? Read(BuildOptions options)
    {
        if (options.CacheDirectory is null)
        {
            return null;
        }

        try
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(options.CacheDirectory, ManifestName));
            BuildManifest? manifest = JsonSerializer.Deserialize(bytes, BuildManifestJson.Default.BuildManifest);
            return manifest?.Format == BuildManifest.CurrentFormat ? manifest : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The input and theme files now. With <paramref name="known"/>, null as soon as one differs from it: a file whose
    /// size or time changed is hashed, and only a different hash counts as a change. Hashing runs on all cores.
    /// </summary>
    public static ImmutableArray<InputFile>? CurrentInputs(BuildOptions options, IReadOnlyList<InputFile>? known)
    {
        ArgumentNullException.ThrowIfNull(options);
        Dictionary<string, InputFile>? byPath = known?.ToDictionary(f => f.Path, StringComparer.Ordinal);
        IReadOnlyList<InputStamp> found = Snapshot(options);
        if (byPath is not null && (found.Count != byPath.Count || found.Any(f => !byPath.ContainsKey(f.Path))))
        {
            return null;
        }

        var files = new InputFile[found.Count];
        bool changed = false;
        Parallel.For(0, found.Count, (index, loop) =>
        {
            InputStamp input = found[index];
            InputFile? before = byPath?.GetValueOrDefault(input.Path);
            string hash = before is not null && !input.Stamp.IsLink && before.Size == input.Stamp.Length && before.Ticks == input.Stamp.LastWriteTicks
                ? before.Hash
                : HashOf(input.Stamp);
            if (before is not null && before.Hash != hash)
            {
                changed = true;
                loop.Stop();
            }

            files[index] = new InputFile(input.Path, input.Stamp.Length, input.Stamp.LastWriteTicks, hash);
        });
        return changed ? null : ImmutableArray.Create(files);
    }

    /// <summary>The input and theme files by size and time only: cheap enough to take before a build starts.</summary>
    public static IReadOnlyList<InputStamp> Snapshot(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<InputStamp> found = [];
        foreach ((string root, string prefix) in new[] { (options.InputDirectory, "input/"), (options.ThemeDirectory, "theme/") })
        {
            // Links are not read by the build, but they are listed: adding or removing one is a change.
            found.AddRange(FileTreeStamps.List(root).Select(stamp =>
                new InputStamp(stamp, prefix + Path.GetRelativePath(root, stamp.FullPath).Replace(Path.DirectorySeparatorChar, '/'))));
        }

        return found;
    }

    /// <summary>
    /// The files of a <see cref="Snapshot"/> with their hashes, once the build has run. A file the build read is
    /// recorded with the hash of the bytes it read (<paramref name="reads"/>): that is the version the site was made
    /// from, whatever happened to the file before or after, so it is not read again. Any other file is hashed now; if
    /// its size or time is no longer the snapshot's, it was edited during the build, which may have read either
    /// version, so its hash is recorded as unknown and the next build runs.
    /// </summary>
    public static ImmutableArray<InputFile> Hash(IReadOnlyList<InputStamp> snapshot, FileReadLog? reads = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var files = new InputFile[snapshot.Count];
        Parallel.For(0, snapshot.Count, index =>
        {
            (FileTreeStamp stamp, string path) = snapshot[index];
            string hash;
            if (reads is not null && !stamp.IsLink && reads.TryGetHash(stamp.FullPath, out UInt128? read))
            {
                hash = read is { } bytesHash ? bytesHash.ToString("x32", CultureInfo.InvariantCulture) : EditedDuringBuild;
            }
            else
            {
                hash = HashOf(stamp);
                var now = new FileInfo(stamp.FullPath);
                bool unchanged = stamp.IsLink || (now.Exists && now.Length == stamp.Length && now.LastWriteTimeUtc.Ticks == stamp.LastWriteTicks);
                hash = unchanged ? hash : EditedDuringBuild;
            }

            files[index] = new InputFile(path, stamp.Length, stamp.LastWriteTicks, hash);
        });
        return ImmutableArray.Create(files);
    }

    /// <summary>Matches no hash, so the file counts as changed next time.</summary>
    private const string EditedDuringBuild = "edited-during-build";

    private static string HashOf(FileTreeStamp stamp)
    {
        if (stamp.IsLink)
        {
            return "link:" + new FileInfo(stamp.FullPath).LinkTarget;
        }

        try
        {
            return ContentHash.OfFile(stamp.FullPath).ToString("x32", CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Deleted or locked since it was listed: the build reports what it could not read.
            return EditedDuringBuild;
        }
    }

    /// <summary>The output folder's hash as the record of the last build names it, or null without a record.</summary>
    internal static string? RecordedOutputHash(BuildOptions options) => Read(options)?.Output;

    /// <summary>The hash of the output folder as it is now: every file's path, size and time, found by a walk.</summary>
    internal static string OutputHash(string outputDirectory) =>
        OutputHash([.. FileTreeStamps.List(outputDirectory).Select(stamp => (Path.GetRelativePath(outputDirectory, stamp.FullPath), stamp))]);

    /// <summary>
    /// The hash <see cref="OutputHash(string)"/> will find in <paramref name="root"/> (the staging folder about to become
    /// the output folder), made from the stamps the writers recorded: a walk over every file at the end of a build took
    /// a quarter of a second at 10,000 items, with nothing else left to run beside it. Null when a written document
    /// carries no stamp or two wrote the same file; the folder is then walked.
    /// </summary>
    public static string? OutputHashOf(IEnumerable<Document> written, string root)
    {
        ArgumentNullException.ThrowIfNull(written);
        List<(string Path, FileTreeStamp Stamp)> files = [];
        foreach (Document document in written)
        {
            if (!document.TryGet(FileKeys.Written, out FileTreeStamp stamp))
            {
                return null;
            }

            string relative = Path.GetRelativePath(root, stamp.FullPath);
            if (FileTreeStamps.IsListed(relative))
            {
                files.Add((relative, stamp));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        for (int i = 1; i < files.Count; i++)
        {
            if (files[i].Path == files[i - 1].Path)
            {
                return null;
            }
        }

        return OutputHash(files);
    }

    /// <summary>Files in ordinal order of their paths, as <see cref="FileTreeStamps.List"/> gives them.</summary>
    private static string OutputHash(IReadOnlyList<(string Path, FileTreeStamp Stamp)> files)
    {
        var builder = new HashBuilder();
        foreach ((string path, FileTreeStamp stamp) in files)
        {
            builder.Add(path);
            builder.Add(stamp.Length);
            builder.Add(stamp.LastWriteTicks);
        }

        return builder.Finish().ToString("x32", CultureInfo.InvariantCulture);
    }

    private static string OptionsOf(BuildOptions options) => string.Join(
        '\n',
        options.InputDirectory,
        options.ThemeDirectory,
        options.OutputDirectory,
        options.DisplayRoot,
        options.IncludeDrafts,
        options.Strict,
        options.BaseUrl ?? string.Empty);
}

/// <summary>An input or theme file as listed before a build: its stamp and its path as the manifest names it.</summary>
internal readonly record struct InputStamp(FileTreeStamp Stamp, string Path);
