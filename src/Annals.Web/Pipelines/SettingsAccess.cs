using Annals.Pipeline.Documents;
using Annals.Pipeline.Modules;

namespace Annals.Web.Pipelines;

/// <summary>Finds the settings document among the outputs of the Settings pipeline.</summary>
public static class SettingsAccess
{
    /// <summary>The settings document, or null when site.yml had errors (already reported).</summary>
    public static Document? Find(ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.OutputsOf(PipelineNames.Settings).FirstOrDefault();
    }
}
