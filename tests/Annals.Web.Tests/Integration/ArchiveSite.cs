namespace Annals.Web.Tests.Integration;

/// <summary>
/// A small but complete archive: events from files and inline, a series with two editions, items over
/// three years and several topics, an alias and a draft. Shared by the archive tests.
/// </summary>
internal static class ArchiveSite
{
    public static TestSite Create()
    {
        var site = new TestSite();
        site.Add("input/topics.yml", "human-trafficking:\n  name: Human trafficking\n  description: Prevention and protection of victims.\n");
        site.Add("input/series.yml", "geneva-forum:\n  name: Geneva Forum\n  description: A yearly forum in Geneva.\n");
        site.Add("input/events/geneva-forum-2023.md", "---\nname: Geneva Forum 2023\norganizer: Forum Office\nstart: 2023-05-10\nend: 2023-05-11\nlocation: Geneva, Switzerland\nseries: geneva-forum\nedition: 7\n---\nThe seventh forum.\n");
        site.Add("input/events/geneva-forum-2024.md", "---\nname: Geneva Forum 2024\norganizer: Forum Office\nstart: 2024-05-08\nlocation: Geneva, Switzerland\nseries: geneva-forum\nedition: 8\ntheme: Dialogue\nwebsite: https://example.org/forum\n---\nThe eighth forum.\n");
        site.AddPost("input/posts/2024/a.md", "Report on the eighth forum", "2024-05-09", "topics: [Human trafficking, OSCE]\nevent: geneva-forum-2024\ndelegation:\n  - name: Anna Example\n    role: Head of Delegation\naliases: [/news/old-forum.html]\n");
        site.AddPost("input/posts/2024/b.md", "Statement at the forum", "2024-05-09", "type: statement\ntopics: [human trafficking]\nevent: geneva-forum-2024\n");
        site.AddPost("input/posts/2023/c.md", "Report on the seventh forum", "2023-05-12", "topics: [OSCE]\nevent: geneva-forum-2023\n");
        site.AddPost("input/posts/2022/d.md", "Roundtable in Valletta", "2022-11-03", "topics: [Migration]\nevent:\n  id: valletta-roundtable\n  name: Valletta Roundtable\n  organizer: Island Institute\n  start: 2022-11-02\n  location: Valletta, Malta\n");
        site.AddPost("input/posts/2024/e.md", "Secret plans", "2024-06-01", "draft: true\ntopics: [Secrets]\naliases: [/news/secret.html]\n");
        return site;
    }
}
