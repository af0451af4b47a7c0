using System.CommandLine;
using Brief.Content.Criteria;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;

namespace Brief.Cli.Commands;

/// <summary>`brief schemas`: writes the JSON Schemas for editors (<see cref="JsonSchemas"/>) into a folder.</summary>
public static class SchemasCommand
{
    public static Command Create()
    {
        var command = new Command("schemas", "Write JSON Schemas of front matter, site.yml and brief manifests, for editors' YAML tools.");
        var output = new Option<string>("--output") { Description = "Where to write them. Default: schemas", DefaultValueFactory = _ => "schemas" };
        var input = new Option<string?>("--input")
        {
            Description = "A briefing folder whose criteria.yml the option card's schema follows. Default: the built-in criteria",
        };
        command.Options.Add(output);
        command.Options.Add(input);
        command.SetAction(result =>
        {
            var folder = Path.GetFullPath(result.GetValue(output)!);
            CriteriaDeclaration? criteria = null;
            if (result.GetValue(input) is { } root)
            {
                var diagnostics = new DiagnosticBag();
                criteria = CriteriaFile.Load(root, Path.Combine(root, CriteriaFile.Name), diagnostics);
                foreach (var diagnostic in diagnostics.Sorted())
                {
                    Console.Error.WriteLine(DiagnosticFormatter.Text(diagnostic));
                }
                if (diagnostics.Sorted().Any(d => d.Severity == Severity.Error))
                {
                    return 1;
                }
            }
            Directory.CreateDirectory(folder);
            foreach (var (file, schema, title) in JsonSchemas.For(criteria))
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
