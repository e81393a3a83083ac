using System.Text.Json.Serialization;

namespace Annals.Web.Building;

/// <summary>
/// What the last successful build of a site was made from and what it wrote, kept in the cache folder so that the
/// next build can tell that nothing changed (see <see cref="UpToDateCheck"/>).
/// </summary>
internal sealed record BuildManifest
{
    /// <summary>Bumped when the manifest's meaning changes, so an old one is ignored rather than misread.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>The engine's build identity: a new version of Annals may render the same input differently.</summary>
    public required string Engine { get; init; }

    /// <summary>The build options that change the output (folders, drafts, strictness, base URL).</summary>
    public required string Options { get; init; }

    /// <summary>Every file of the input and theme folders, by path relative to its folder.</summary>
    public required IReadOnlyList<InputFile> Inputs { get; init; }

    /// <summary>A hash of the output folder's file names, sizes and times as the build left them.</summary>
    public required string Output { get; init; }

    public int Pages { get; init; }

    public int Files { get; init; }

    /// <summary>The build's warnings, shown again when the build is skipped: a skipped build must not hide them.</summary>
    public IReadOnlyList<RecordedWarning> Warnings { get; init; } = [];
}

/// <summary>One input file: where, how big, when last written, and a hash of its bytes.</summary>
internal sealed record InputFile(string Path, long Size, long Ticks, string Hash);

/// <summary>A warning as a build reported it.</summary>
internal sealed record RecordedWarning(string Code, string Message, string? Path, int Line, int Column);

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(BuildManifest))]
internal sealed partial class BuildManifestJson : JsonSerializerContext;
