using Annals.Pipeline.Diagnostics;
using Annals.Pipeline.Documents;

namespace Annals.Pipeline.Modules;

/// <summary>Turns an unexpected exception into a diagnostic that says which file was being worked on.</summary>
public static class ModuleFailure
{
    public const string Code = "AN0001";

    public static Diagnostic For(Document? document, string pipelineName, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string where = document?.Source ?? document?.Destination ?? $"pipeline {pipelineName}";
        string message = $"internal error while processing this file in pipeline '{pipelineName}': {exception.GetType().Name}: {exception.Message}";
        return Diagnostic.Error(Code, message, new SourceLocation(where));
    }
}
