using System.Globalization;
using Annals.Web.Building;

namespace Annals.Browser.Tests;

/// <summary>
/// The little archive the browser tests search: items over three years with accents, topics, an event, enough
/// items for a second page of results, and a draft whose words must never be found.
/// </summary>
internal static class SampleSite
{
    public static async Task<string> BuildAsync(string root, CancellationToken cancellationToken)
    {
        Write(root, "input/site.yml", "title: Test Archive\nbase_url: https://example.org\nlanguage: en\n");
        Post(root, "2024/a.md", "Conference on the protection of refugees", "2024-03-10", "topics: [Refugees]\n", "The delegation attended.");
        Post(
            root,
            "2024/b.md",
            "Report on the Vienna conference",
            "2024-04-18",
            "topics: [Human trafficking, OSCE]\nevent: osce-alliance-2024\n",
            "The delegation spoke about trafficking in persons.");
        Post(root, "2023/c.md", "Statement in Genève", "2023-01-02", "topics: [Human rights]\n", "The delegation addressed the Council on trafficking.");
        Post(root, "2023/d.md", "Statement on migration", "2023-06-01", "topics: [Refugees]\n", "Refugees and migrants: the delegation called for protection.");
        Post(root, "2022/e.md", "Annual meeting in São Tomé", "2022-09-09", string.Empty, "The delegation met partners.");
        Post(root, "2024/draft.md", "Secret plans", "2024-05-01", "draft: true\n", "A zanzibarian delegation word only a draft uses.");
        for (int i = 1; i <= 8; i++)
        {
            string day = string.Create(CultureInfo.InvariantCulture, $"2021-0{i}-15");
            Post(root, $"2021/briefing-{i}.md", $"Briefing number {i}", day, string.Empty, "A short briefing by the delegation.");
        }

        Write(root, "input/events/osce-alliance-2024.md", "---\nname: Alliance against Trafficking in Persons\norganizer: OSCE\nstart: 2024-04-15\nlocation: Hofburg, Vienna\n---\nThe yearly conference.\n");

        string output = Path.Combine(root, "output");
        var options = new BuildOptions
        {
            InputDirectory = Path.Combine(root, "input"),
            ThemeDirectory = Path.Combine(RepositoryRoot.Path, "theme"),
            OutputDirectory = output,
            DisplayRoot = root,
        };
        BuildReport report = await new SiteBuilder().BuildAsync(options, cancellationToken).ConfigureAwait(false);
        if (!report.Succeeded)
        {
            throw new InvalidOperationException("The sample site did not build:\n" + string.Join("\n", report.Diagnostics));
        }

        return output;
    }

    private static void Post(string root, string path, string title, string date, string extra, string body) =>
        Write(root, $"input/posts/{path}", $"---\ntitle: {title}\ndate: {date}\n{extra}---\n{body}\n");

    private static void Write(string root, string path, string text)
    {
        string full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
