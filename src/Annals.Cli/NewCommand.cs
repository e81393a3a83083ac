using System.CommandLine;
using System.Globalization;
using Annals.Web.Authoring;

namespace Annals.Cli;

/// <summary>
/// <c>annals new post "Title"</c> and <c>annals new event ID</c>: write a new file that the build accepts as it is,
/// in the right folder, never over an existing one, and say where it is and where it will be published.
/// Exit code 0 when written, 1 when refused (nothing written), 2 when the command line is wrong.
/// </summary>
internal static class NewCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("new", "Create a new post or event file, ready to edit.");
        command.Subcommands.Add(CreatePost(environment));
        command.Subcommands.Add(CreateEvent(environment));
        return command;
    }

    private static Command CreatePost(CliEnvironment environment)
    {
        var title = new Argument<string>("title") { Description = "The title, in quotes: \"Report on the 25th Alliance Conference\"." };
        var date = new Option<string?>("--date") { Description = "The publication date, YYYY-MM-DD (default: today)." };
        var eventId = new Option<string?>("--event") { Description = "The id of the event the post is about (a file in input/events/)." };
        var topics = new Option<string?>("--topics") { Description = "Topics separated by commas, in quotes: \"Human trafficking, OSCE\"." };
        var input = InputOption();
        var command = new Command("post", "Create input/posts/YYYY/YYYY-MM-DD-title.md.") { title, date, eventId, topics, input };
        command.SetAction(result =>
        {
            DateOnly day = environment.Today;
            if (result.GetValue(date) is { } written && !TryParseDay(written, out day))
            {
                return Refuse(environment, $"--date {written} is not a date: write it as YYYY-MM-DD, like {environment.Today:yyyy-MM-dd}", ExitCodes.BadUsage);
            }

            string[] topicList = [.. (result.GetValue(topics) ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            DirectoryInfo folder = result.GetValue(input)!;
            if (!folder.Exists)
            {
                return MissingInput(environment, folder);
            }

            AuthoringResult written2 = PostFileWriter.Write(
                folder.FullName,
                new NewPost(result.GetValue(title) ?? string.Empty, day, Blank(result.GetValue(eventId)), [.. topicList]),
                SiteCatalog.Read(folder.FullName));
            return Report(environment, written2, "post", "Write the text in it, then run 'annals serve' to see the page in your browser as you edit.");
        });
        return command;
    }

    private static Command CreateEvent(CliEnvironment environment)
    {
        var id = new Argument<string>("id") { Description = "The event id, which becomes its address: osce-alliance-2025." };
        var name = new Option<string?>("--name") { Description = "The full name of the event.", Required = true };
        var start = new Option<string?>("--start") { Description = "The first day, YYYY-MM-DD.", Required = true };
        var end = new Option<string?>("--end") { Description = "The last day, YYYY-MM-DD, if it lasts more than one day." };
        var organizer = new Option<string?>("--organizer") { Description = "Who organizes it (default: as the series' latest edition)." };
        var location = new Option<string?>("--location") { Description = "Where it takes place: Hofburg, Vienna, Austria." };
        var series = new Option<string?>("--series") { Description = "The id of the recurring conference it is an edition of." };
        var edition = new Option<int?>("--edition") { Description = "Which edition it is: 25." };
        var input = InputOption();
        var command = new Command("event", "Create input/events/ID.md.") { id, name, start, end, organizer, location, series, edition, input };
        command.SetAction(result =>
        {
            if (!TryParseDay(result.GetValue(start) ?? string.Empty, out DateOnly first))
            {
                return Refuse(environment, $"--start {result.GetValue(start)} is not a date: write it as YYYY-MM-DD, like 2025-04-15", ExitCodes.BadUsage);
            }

            DateOnly? last = null;
            if (result.GetValue(end) is { } endText)
            {
                if (!TryParseDay(endText, out DateOnly parsed))
                {
                    return Refuse(environment, $"--end {endText} is not a date: write it as YYYY-MM-DD, like 2025-04-16", ExitCodes.BadUsage);
                }

                last = parsed;
            }

            DirectoryInfo folder = result.GetValue(input)!;
            if (!folder.Exists)
            {
                return MissingInput(environment, folder);
            }

            var request = new NewEvent(
                result.GetValue(id) ?? string.Empty,
                result.GetValue(name) ?? string.Empty,
                first,
                last,
                Blank(result.GetValue(organizer)),
                Blank(result.GetValue(location)),
                Blank(result.GetValue(series)),
                result.GetValue(edition));
            AuthoringResult written = EventFileWriter.Write(folder.FullName, request, SiteCatalog.Read(folder.FullName));
            return Report(environment, written, "event", $"Posts about it say: event: {request.Id}   (or: annals new post \"Title\" --event {request.Id})");
        });
        return command;
    }

    private static Option<DirectoryInfo> InputOption() =>
        new("--input") { Description = "Folder with site.yml, posts/ and events/.", DefaultValueFactory = _ => new DirectoryInfo("input") };

    private static int Report(CliEnvironment environment, AuthoringResult result, string what, string next)
    {
        if (!result.Written)
        {
            return Refuse(environment, result.Problem!, ExitCodes.ContentErrors);
        }

        string path = Path.GetRelativePath(Directory.GetCurrentDirectory(), result.FilePath!).Replace(Path.DirectorySeparatorChar, '/');
        environment.Output.WriteLine($"Created {path}");
        environment.Output.WriteLine($"The {what} will be published at {result.Url}");
        foreach (string note in result.Notes)
        {
            environment.Output.WriteLine($"Note: {note}");
        }

        environment.Output.WriteLine(next);
        return ExitCodes.Success;
    }

    private static int Refuse(CliEnvironment environment, string problem, int exitCode)
    {
        environment.Error.WriteLine($"annals: {problem}");
        environment.Error.WriteLine("Nothing was written.");
        return exitCode;
    }

    private static int MissingInput(CliEnvironment environment, DirectoryInfo folder) =>
        Refuse(environment, $"the input folder '{folder.FullName}' does not exist. Run annals from the site's folder or pass --input DIR.", ExitCodes.BadUsage);

    private static bool TryParseDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
