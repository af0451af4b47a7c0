using System.CommandLine;
using Brief.Content.Scaffolding;

namespace Brief.Cli.Commands;

/// <summary>`brief new KIND "Title"`: writes a new content file from its schema (<see cref="NewFile"/>) and says where.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Start a new page: writes input/FOLDER/ID.md with every field of its kind, ready to fill in.");
        var kind = new Argument<string>("kind") { Description = $"What to make: {string.Join(", ", Scaffold.Kinds.Keys)}." };
        var title = new Argument<string>("title") { Description = "Its title (the id and file name are made from it)." };
        var input = new Option<string>("--input") { Description = "The content folder. Default: input", DefaultValueFactory = _ => "input" };
        command.Arguments.Add(kind);
        command.Arguments.Add(title);
        command.Options.Add(input);
        command.SetAction(result =>
        {
            var outcome = NewFile.Create(Path.GetFullPath(result.GetValue(input)!), result.GetValue(kind)!, result.GetValue(title)!);
            if (outcome.Refused is { } reason)
            {
                Console.Error.WriteLine($"brief: {Relative(reason)}.");
                return 1;
            }
            Console.Error.WriteLine($"brief: wrote {Path.GetRelativePath(Environment.CurrentDirectory, outcome.Written!)}: fill in the fields " +
                "marked required "
                + "and the TODOs; `brief serve` shows it as you type, and `brief check` points at anything left to do.");
            return 0;
        });
        return command;
    }

    private static string Relative(string message) =>
        message.Replace(Environment.CurrentDirectory + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
}
