using System.CommandLine;
using CalendarGen.Rendering.Fonts;
using CalendarGen.Templates;
using CalendarGen.Templates.Loading;

namespace CalendarGen.Cli.Commands;

/// <summary>`calendargen templates list | show NAME | validate FILE… | schema`.</summary>
internal static class TemplatesCommand
{
    public static Command Create()
    {
        var list = new Command("list", "List the shipped templates");
        list.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            foreach (string name in ShippedFiles.TemplateNames())
            {
                var template = TemplateLoader.Load(name).Value;
                output.WriteLine($"{name,-14}{template?.Description ?? "(does not load: run templates validate)"}");
            }

            return ExitCodes.Success;
        });

        var nameArgument = new Argument<string>("NAME") { Description = "A shipped template name or a template file" };
        var show = new Command("show", "Print a template's file (the outermost one when it extends another)") { nameArgument };
        show.SetAction(parseResult =>
        {
            string name = parseResult.GetValue(nameArgument)!;
            string path = ShippedFiles.ResolveTemplate(name) ?? throw new UsageException($"{name}: no such template file, nor a shipped template");
            parseResult.InvocationConfiguration.Output.Write(File.ReadAllText(path));
            return ExitCodes.Success;
        });

        var filesArgument = new Argument<string[]>("FILE") { Description = "Template files or shipped names", Arity = ArgumentArity.OneOrMore };
        var validate = new Command("validate", "Check templates; every problem is reported as file:line:col, print-quality warnings too (errors with --strict)")
        {
            filesArgument,
            TemplateInput.Strict,
        };
        validate.SetAction(parseResult =>
        {
            var problems = new List<string>();
            bool strict = parseResult.GetValue(TemplateInput.Strict);
            using var fonts = new FontCache();
            foreach (string file in parseResult.GetValue(filesArgument)!)
            {
                var result = TemplateLoader.Load(file, new SkiaTextMeasurer(fonts), CliApp.PolicyOf(parseResult));
                if (result.Succeeded && (!strict || result.Warnings.IsEmpty))
                {
                    parseResult.InvocationConfiguration.Output.WriteLine($"{file}: ok");
                }

                problems.AddRange(result.Problems.Select(p => p.ToString()));
                if (strict)
                {
                    problems.AddRange(result.Warnings.Select(p => p.ToString()));
                }
                else
                {
                    foreach (var warning in result.Warnings)
                    {
                        parseResult.InvocationConfiguration.Error.WriteLine(TemplateInput.AsWarning(warning));
                    }
                }
            }

            return problems.Count == 0 ? ExitCodes.Success : throw new UsageException(problems);
        });

        var schema = new Command("schema", "Print the JSON Schema of template files");
        schema.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Output.Write(TemplateSchema.Generate());
            return ExitCodes.Success;
        });

        return new Command("templates", """
            List, show, validate templates, or print their JSON Schema.
              calendargen templates list
              calendargen templates validate my-block.yaml
              calendargen templates schema > template.schema.json
            """)
        {
            list,
            show,
            validate,
            schema,
        };
    }
}
