using Annals.Pipeline.Diagnostics;

namespace Annals.Web.Images;

/// <summary>An image as a page uses it, with the file and line that asked for it (where a problem is reported).</summary>
public sealed record ImageUse(ResponsiveImage Image, SourceLocation Location);
