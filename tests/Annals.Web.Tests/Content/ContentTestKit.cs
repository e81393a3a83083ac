using System.Text;
using Annals.Pipeline.Diagnostics;
using Xunit;

namespace Annals.Web.Tests.Content;

/// <summary>Helpers for content tests: files written as lines, and assertions on reported diagnostics.</summary>
internal static class ContentTestKit
{
    public const string PostPath = "input/posts/2024/x.md";

    /// <summary>The UTF-8 bytes of the lines joined with LF (and a final LF).</summary>
    public static byte[] Lf(params string[] lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

    public static byte[] Crlf(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static byte[] WithBom(byte[] bytes) => [0xEF, 0xBB, 0xBF, .. bytes];

    /// <summary>Diagnostics as <c>path:line:column: severity CODE</c> (message left out), in order.</summary>
    public static string[] Codes(DiagnosticBag bag) =>
        [.. bag.ToSortedList().Select(d => $"{d.Location}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}")];

    /// <summary>Asserts that exactly one diagnostic was reported and returns it.</summary>
    public static Diagnostic Single(DiagnosticBag bag) => Assert.Single(bag.ToSortedList());

    /// <summary>Asserts exactly these <c>path:line[:column]: severity CODE</c> entries were reported.</summary>
    public static void AssertReported(DiagnosticBag bag, params string[] expected) => Assert.Equal(expected, Codes(bag));

    public static void AssertClean(DiagnosticBag bag) => Assert.Empty(Codes(bag));

    /// <summary>A minimal valid news item whose extra lines come after title and date (lines 2 and 3).</summary>
    public static byte[] Post(params string[] extraFrontMatter) =>
        Lf(["---", "title: Report on the conference", "date: 2024-04-18", .. extraFrontMatter, "---", "Body text."]);
}
