using System.CommandLine;
using Brief.Cli.Commands;

var root = new RootCommand("brief: builds a cross-linked static briefing site from structured Markdown.")
{
    SiteCommand.Build(),
    SiteCommand.Check(),
};
return await root.Parse(args).InvokeAsync();
