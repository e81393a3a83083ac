namespace Annals.Web.Content;

/// <summary>One entry of a list of texts, with the node it came from (for its line and column).</summary>
public readonly record struct TextEntry(string Value, FrontMatterNode Node);
