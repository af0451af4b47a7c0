using System.CommandLine;
using Brief.Content.Schema;

namespace Brief.Cli.Commands;

/// <summary>`brief schemas`: writes the JSON Schemas for editors (<see cref="JsonSchemas"/>) into a folder.</summary>
public static class SchemasCommand
{
    public static Command Create()
    {
        var command = new Command("schemas", "Write JSON Schemas of front matter, site.yml and brief manifests, for editors' YAML tools.");
        var output = new Option<string>("--output") { Description = "Where to write them. Default: schemas", DefaultValueFactory = _ => "schemas" };
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var folder = Path.GetFullPath(result.GetValue(output)!);
            Directory.CreateDirectory(folder);
            foreach (var (file, schema, title) in JsonSchemas.All)
            {
                File.WriteAllText(Path.Combine(folder, file), JsonSchemas.Write(schema, title));
            }
            Console.Error.WriteLine($"brief: wrote {JsonSchemas.All.Count} schemas into " +
                $"{Path.GetRelativePath(Environment.CurrentDirectory, folder)}");
            return 0;
        });
        return command;
    }
}
