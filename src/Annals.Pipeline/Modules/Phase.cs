namespace Annals.Pipeline.Modules;

/// <summary>
/// The four phases of every pipeline. All Input phases run concurrently; a Process phase waits for the
/// Process phases of the pipelines it depends on; PostProcess waits for every Process phase (so it can
/// see the whole site); Output runs last, and only when no error has been reported.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
