using System.Globalization;
using System.Text;
using Annals.Web.Tests.Images;

namespace Annals.Web.Tests.Hardening;

/// <summary>
/// Writes a seeded, valid archive of any size into <c>FOLDER/input</c>: items over several years with topics,
/// delegations, events (files and inline) in series, aliases, images, accented and non-Latin titles and
/// links between items. The same seed and size always give the same files.
/// </summary>
internal static class GeneratedCorpus
{
    private static readonly string[] Topics = ["Human trafficking", "OSCE", "Sécurité", "Droits de l'homme", "Migration", "Climate", "Health", "Refugees"];

    private static readonly string[] Words =
        ["delegation", "conference", "Vienna", "Genève", "statement", "session", "humanitarian", "dialogue", "protection",
         "cooperation", "report", "Ambassador", "panel", "survivors", "prevention", "Réunion", "Москва", "北京", "resolution", "members"];

    public static void Write(string folder, int posts, int seed)
    {
        var random = new Random(seed);
        string input = Path.Combine(folder, "input");
        Write(input, "site.yml", "title: Generated Archive\nbase_url: https://news.example.org\nlanguage: fr-CH\nposts_per_page: 7\n" +
            "organization: The Order\nnav:\n  - title: Events\n    url: /events/\n  - title: Topics\n    url: /topics/\n");
        Write(input, "topics.yml", "osce:\n  name: OSCE\n  description: The Organization for Security and Co-operation in Europe.\n");
        Write(input, "series.yml", "forum:\n  name: The Forum\n  description: A yearly forum.\n");
        File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(input, "assets", "2024")).FullName, "photo.png"), TestImages.Png(64, 48));

        int events = Math.Max(1, posts / 8);
        for (int e = 0; e < events; e++)
        {
            int year = 2010 + (e % 15);
            Write(input, $"events/forum-{e}.md", $"---\nname: Forum {e} in {Pick(random, Words)}\norganizer: OSCE\nstart: {year}-03-1{e % 9}\nend: {year}-03-2{e % 9}\n" +
                $"location: Vienna, Austria\nseries: forum\nedition: {e + 1}\nwebsite: https://example.org/forum/{e}\n---\n{Paragraph(random, 40)}\n");
        }

        for (int i = 0; i < posts; i++)
        {
            int year = 2010 + (i % 15);
            var date = new DateOnly(year, 1 + (i % 12), 1 + (i % 28));
            string title = $"{Pick(random, Words)} {Pick(random, Words)} {i}";
            var front = new StringBuilder();
            front.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"{title}\"\ndate: {date:yyyy-MM-dd}{(i % 5 == 0 ? "T23:30:00-05:00" : string.Empty)}\n");
            front.Append(CultureInfo.InvariantCulture, $"topics: [{Pick(random, Topics)}, {Pick(random, Topics)}]\n");
            front.Append(CultureInfo.InvariantCulture, $"delegation:\n  - name: Delegate {i % 17}\n    role: Head of Delegation\n");
            if (i % 3 == 0)
            {
                front.Append(CultureInfo.InvariantCulture, $"event: forum-{i % events}\n");
            }
            else if (i % 11 == 1)
            {
                front.Append(CultureInfo.InvariantCulture, $"event:\n  id: inline-{i}\n  name: Meeting {i}\n  organizer: UN\n  start: {date:yyyy-MM-dd}\n");
            }

            if (i % 7 == 0)
            {
                front.Append("image: assets/2024/photo.png\nimage_alt: A photo of the meeting\n");
            }

            if (i % 13 == 0)
            {
                front.Append(CultureInfo.InvariantCulture, $"aliases: [/old/{i}.html]\n");
            }

            string body = $"{Paragraph(random, 60)}\n\n## Programme\n\n{Paragraph(random, 120)}\n\n- {Paragraph(random, 8)}\n- {Paragraph(random, 8)}\n\n{Paragraph(random, 200)}\n";
            Write(input, $"posts/{year}/{date:yyyy-MM-dd}-{i}.md", front.Append("---\n").Append(body).ToString());
        }
    }

    private static string Paragraph(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Pick(random, Words))) + ".";

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static void Write(string root, string path, string text)
    {
        string full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
