using System.IO.Compression;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Annals.Browser.Tests;

/// <summary>
/// What each page of the sample site costs a reader: compact HTML, one small minified stylesheet, no script that
/// holds up the first paint.
/// </summary>
public sealed partial class PageBudgetTests(SampleArchiveFixture site)
{
    private const int StylesheetBudget = 15 * 1024;

    [Fact]
    public void Pages_have_no_blank_lines_or_indentation_outside_pre_and_textarea()
    {
        List<string> loose = [];
        foreach (string path in site.HtmlFiles())
        {
            string html = Preformatted().Replace(File.ReadAllText(Path.Combine(site.Output, path)), "<pre></pre>");
            foreach (Match match in BlankLineOrIndentation().Matches(html).Take(3))
            {
                int line = html.AsSpan(0, match.Index + 1).Count('\n') + 1;
                loose.Add($"{path}:{line}: {html.Substring(Math.Max(0, match.Index - 40), Math.Min(80, html.Length - Math.Max(0, match.Index - 40))).ReplaceLineEndings("⏎")}");
            }
        }

        Assert.True(loose.Count == 0, $"Pages with blank lines or indentation:\n{string.Join("\n", loose)}");
    }

    [Fact]
    public void The_one_stylesheet_is_minified_and_under_15_kb_gzipped()
    {
        var parser = new HtmlParser();
        HashSet<string> stylesheets = [.. site.HtmlFiles().SelectMany(p =>
            parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, p))).QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!))];

        string href = Assert.Single(stylesheets);
        string css = File.ReadAllText(Path.Combine(site.Output, href.TrimStart('/')));
        string source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "theme", "assets", "css", "site.css"));
        int gzipped = GzippedSize(css);

        Assert.True(gzipped < StylesheetBudget, $"{href} is {gzipped} bytes gzipped; the budget is {StylesheetBudget}");
        Assert.DoesNotContain("/*", css, StringComparison.Ordinal);
        Assert.True(css.Length < source.Length * 0.8, $"{href} ({css.Length} bytes) is hardly smaller than theme/assets/css/site.css ({source.Length})");
    }

    [Fact]
    public void No_script_blocks_the_first_paint()
    {
        var parser = new HtmlParser();
        List<string> blocking = [];
        int scripts = 0;
        foreach (string path in site.HtmlFiles())
        {
            foreach (IElement script in parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, path))).QuerySelectorAll("script"))
            {
                scripts++;
                bool deferred = script.GetAttribute("type") == "module" || script.HasAttribute("defer") || script.HasAttribute("async")
                    || script.GetAttribute("type") == "application/ld+json";
                if (!deferred)
                {
                    blocking.Add($"{path}: {script.OuterHtml[..Math.Min(120, script.OuterHtml.Length)]}");
                }
            }
        }

        Assert.True(blocking.Count == 0, $"Render-blocking scripts:\n{string.Join("\n", blocking)}");
        Assert.True(scripts > 0, "no page has a script: the search page should");
    }

    private static int GzippedSize(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return (int)buffer.Length;
    }

    [GeneratedRegex(@"<(pre|textarea)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Preformatted();

    /// <summary>A line that is blank, or that starts with spaces or tabs.</summary>
    [GeneratedRegex(@"\n[ \t]*\n|\n[ \t]+")]
    private static partial Regex BlankLineOrIndentation();
}
