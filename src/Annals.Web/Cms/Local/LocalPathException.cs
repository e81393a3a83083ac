namespace Annals.Web.Cms.Local;

/// <summary>A path the local backend refuses: outside the editor's folders, or not a plain relative path.</summary>
public sealed class LocalPathException : Exception
{
    public LocalPathException()
    {
    }

    public LocalPathException(string message)
        : base(message)
    {
    }

    public LocalPathException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
