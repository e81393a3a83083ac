using System.Collections.Frozen;
using System.Globalization;
using Annals.Pipeline.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace Annals.Web.Rendering;

/// <summary>
/// Compiles every <c>*.sbn</c> of one theme folder, once, to write compact HTML (<see cref="CompactTemplateText"/>).
/// A syntax error is reported at the template's line and column (<c>theme/layouts/post.sbn:12:9</c>) and that
/// template is left out.
/// </summary>
internal static class TemplateCompiler
{
    /// <summary>The compiled templates of a folder by name (file name without <c>.sbn</c>), and the names that failed.</summary>
    public static (FrozenDictionary<string, Template> Compiled, FrozenSet<string> Failed) CompileFolder(
        string folder, string displayFolder, IDiagnosticSink sink)
    {
        var compiled = new Dictionary<string, Template>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (string file in Directory.EnumerateFiles(folder, "*.sbn").Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileNameWithoutExtension(file);
                string displayPath = $"{displayFolder}/{Path.GetFileName(file)}";
                Template template = Template.Parse(File.ReadAllText(file), displayPath);
                if (Report(template, displayPath, sink))
                {
                    failed.Add(name);
                }
                else
                {
                    CompactTemplateText.Apply(template.Page);
                    compiled.Add(name, template);
                }
            }
        }

        return (compiled.ToFrozenDictionary(StringComparer.Ordinal), failed.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Reports the first syntax error of a template (the others usually follow from it).</summary>
    private static bool Report(Template template, string displayPath, IDiagnosticSink sink)
    {
        if (!template.HasErrors)
        {
            return false;
        }

        LogMessage? error = template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error);
        if (error is null)
        {
            sink.Report(Diagnostic.Error(ThemeCodes.TemplateSyntax, "the template could not be parsed", new SourceLocation(displayPath)));
            return true;
        }

        var location = new SourceLocation(displayPath, error.Span.Start.Line + 1, error.Span.Start.Column + 1);
        sink.Report(Diagnostic.Error(ThemeCodes.TemplateSyntax, PlainMessage(error.Message), location));
        return true;
    }

    /// <summary>Scriban's messages start with a capital and may end without a full stop; ours read as one sentence.</summary>
    private static string PlainMessage(string message)
    {
        string text = message.Trim();
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
            ? char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..]
            : text;
    }
}
