using Annals.Pipeline.Running;

namespace Annals.Web.Building;

/// <summary>
/// Which build of Annals made something kept in the cache folder: the module version ids of its assemblies, which
/// change with any change to their code or to the packages they were compiled against. What another build made
/// is not trusted.
/// </summary>
internal static class EngineIdentity
{
    public static string Value { get; } = string.Join(
        '+',
        new[] { typeof(EngineIdentity).Assembly, typeof(PipelineRunner).Assembly }.Select(a => a.ManifestModule.ModuleVersionId.ToString("N")));
}
