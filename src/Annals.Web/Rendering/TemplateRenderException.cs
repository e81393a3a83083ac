using System.Globalization;

namespace Annals.Web.Rendering;

/// <summary>
/// A template failed while rendering. The message starts with where, as the theme author reads it:
/// <c>theme/layouts/post.sbn:12:9: The variable or function `titel` was not found</c>.
/// </summary>
public sealed class TemplateRenderException : InvalidOperationException
{
    public TemplateRenderException()
    {
        TemplatePath = string.Empty;
    }

    public TemplateRenderException(string message)
        : base(message)
    {
        TemplatePath = string.Empty;
    }

    public TemplateRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
        TemplatePath = string.Empty;
    }

    public TemplateRenderException(string templatePath, int line, int column, string reason, Exception? innerException)
        : base(Describe(templatePath, line, column, reason), innerException)
    {
        TemplatePath = templatePath;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The template's path as shown to people (<c>theme/layouts/post.sbn</c>).</summary>
    public string TemplatePath { get; }

    /// <summary>1-based; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The message without the location.</summary>
    public string? Reason { get; }

    private static string Describe(string path, int line, int column, string reason) => line <= 0
        ? $"{path}: {reason}"
        : string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: {reason}");
}
