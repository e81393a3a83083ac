namespace Annals.Pipeline.Running;

/// <summary>The pipelines cannot be run as configured: a duplicate name, an unknown dependency or a cycle.</summary>
public sealed class PipelineGraphException : Exception
{
    public PipelineGraphException()
    {
    }

    public PipelineGraphException(string message)
        : base(message)
    {
    }

    public PipelineGraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
