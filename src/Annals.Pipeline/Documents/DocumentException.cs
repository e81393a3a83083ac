namespace Annals.Pipeline.Documents;

/// <summary>An exception that knows which document it happened on, so the report can name the file.</summary>
public sealed class DocumentException : Exception
{
    public DocumentException()
    {
    }

    public DocumentException(string message)
        : base(message)
    {
    }

    public DocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DocumentException(Document document, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Document = document;
    }

    public Document? Document { get; }
}
