using System.CommandLine;
using Brief.Cli.Commands;

// A thin command line over the site builder (Zola's shape): parse, call, report.
var root = new RootCommand("brief: builds a cross-linked static briefing site from structured Markdown.")
{
    SiteCommand.Build(),
    SiteCommand.Check(),
    ServeCommand.Create(),
    NewCommand.Create(),
    SchemasCommand.Create(),
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"brief: {error.Message}");
    }
    Console.Error.WriteLine("Run 'brief --help' for usage.");
    return 2; // the contract: 2 is bad usage
}
return await parsed.InvokeAsync();
