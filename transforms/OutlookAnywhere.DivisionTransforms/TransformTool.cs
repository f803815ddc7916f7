namespace OutlookAnywhere.DivisionTransforms;

/// <summary>The verbs of oa-transform and their exit codes (see <see cref="ExitCode"/>); callable in-process by the tests.</summary>
public static class TransformTool
{
    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var verb = arguments.Count > 0 ? arguments[0] : "";
        var rest = arguments.Skip(1).ToArray();
        var help = verb switch
        {
            "validate" => HelpText.Validate,
            "build" => HelpText.Build,
            "show" => HelpText.Show,
            _ => HelpText.Tool,
        };
        try
        {
            switch (verb)
            {
                case "--help" or "-h" or "help":
                    output.WriteLine(HelpText.Tool);
                    return ExitCode.Ok;
                case "validate" or "build" or "show":
                    var command = verb switch
                    {
                        "validate" => CommandLine.Parse(rest, ["--divisions"], []),
                        "build" => CommandLine.Parse(rest, ["--divisions", "--packages", "--out"], ["--validate-product-code"]),
                        _ => CommandLine.Parse(rest, ["--package"], []),
                    };
                    if (command.WantsHelp)
                    {
                        output.WriteLine(help);
                        return ExitCode.Ok;
                    }
                    return verb switch
                    {
                        "validate" => ValidateCommand.Run(command, output),
                        "build" => BuildCommand.Run(command, output),
                        _ => ShowCommand.Run(command, output, error),
                    };
                default:
                    throw new UsageException(verb.Length == 0 ? "no verb given" : $"unknown verb '{verb}'");
            }
        }
        catch (UsageException e)
        {
            error.WriteLine($"oa-transform: {e.Message}");
            error.WriteLine(verb is "validate" or "build" or "show" ? $"See: oa-transform {verb} --help" : "See: oa-transform --help");
            return ExitCode.Usage;
        }
        catch (InvalidInputException e)
        {
            foreach (var problem in e.Problems) error.WriteLine(problem);
            return ExitCode.InvalidInput;
        }
    }
}
