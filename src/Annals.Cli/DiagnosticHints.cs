using System.Collections.Frozen;

namespace Annals.Cli;

/// <summary>
/// One line, per diagnostic code, on how to fix the problem, in the words of someone who writes posts rather than
/// code. Shown under the message; codes without a hint show none (their message already says what to do).
/// </summary>
internal static class DiagnosticHints
{
    private static readonly FrozenDictionary<string, string> Hints = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AN0001"] = "This is a fault in Annals, not in your text: please report it, naming the file above.",
        ["AN0102"] = "Start the file with a line of three dashes (---), then the fields, then another line of three dashes.",
        ["AN0103"] = "Close the fields with a line of three dashes (---) before the text begins.",
        ["AN0104"] = "Compare the value with the examples in README.md, section 'Adding a post'.",
        ["AN0105"] = "Indent with spaces, never tabs, and put a space after each colon (title: My title).",
        ["AN0106"] = "Keep only one line for this field and delete the other.",
        ["AN0108"] = "Check the spelling of the field name: a field Annals does not know is ignored.",
        ["AN0111"] = "Add the missing field: every post needs title: and date:.",
        ["AN0112"] = "Links start with https:// (another site) or with / (a page of this site).",
        ["AN0202"] = "Describe the picture in image_alt: for people who cannot see it.",
        ["AN0203"] = "Shorten the title; put the details in summary:.",
        ["AN0301"] = "Create the event with annals new event ID --name \"...\" --start YYYY-MM-DD, or correct the id.",
        ["AN0304"] = "Check the dates: end: must be on or after start:.",
        ["AN0601"] = "This is a problem in the theme: tell whoever looks after the site's design.",
        ["AN0602"] = "This is a problem in the theme: tell whoever looks after the site's design.",
        ["AN0701"] = "Give one of the two posts a different title, or add a slug: line to one of them.",
        ["AN0801"] = "Remove this address from aliases: it belongs to a page that exists.",
        ["AN0802"] = "An old address can lead to one page only: remove it from one of the two posts.",
        ["AN0901"] = "Copy the page's address from the browser (like /news/2024/short-title/) and paste it as the link.",
        ["AN0902"] = "Put the picture in input/assets/ and write its path from there, like assets/2024/photo.jpg.",
        ["AN1001"] = "Open the picture on your computer: if it does not show, copy or export it again (as JPEG, PNG or WebP).",
        ["AN1002"] = "Save a smaller copy of the picture (at most 4,000 pixels wide) and use that one.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string? For(string code) => Hints.GetValueOrDefault(code);
}
