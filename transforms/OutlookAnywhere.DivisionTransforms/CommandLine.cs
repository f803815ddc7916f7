namespace OutlookAnywhere.DivisionTransforms;

/// <summary>One verb's arguments: <c>--name value</c> options, <c>--flag</c> switches and positional arguments.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _options;
    private readonly HashSet<string> _switches;

    private CommandLine(Dictionary<string, string> options, HashSet<string> switches, IReadOnlyList<string> positionals, bool wantsHelp)
    {
        _options = options;
        _switches = switches;
        Positionals = positionals;
        WantsHelp = wantsHelp;
    }

    public IReadOnlyList<string> Positionals { get; }
    public bool WantsHelp { get; }

    /// <summary>Parses <paramref name="arguments"/> (without the verb); anything not listed is a <see cref="UsageException"/>.</summary>
    public static CommandLine Parse(IReadOnlyList<string> arguments, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> switchOptions)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var switches = new HashSet<string>(StringComparer.Ordinal);
        var positionals = new List<string>();
        var help = false;
        for (int i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument is "--help" or "-h" or "-?") help = true;
            else if (valueOptions.Contains(argument))
            {
                if (i + 1 >= arguments.Count || arguments[i + 1].StartsWith("--", StringComparison.Ordinal))
                    throw new UsageException($"{argument} needs a value");
                if (!options.TryAdd(argument, arguments[++i])) throw new UsageException($"{argument} is given twice");
            }
            else if (switchOptions.Contains(argument)) switches.Add(argument);
            else if (argument.StartsWith('-') && argument.Length > 1) throw new UsageException($"unknown option {argument}");
            else positionals.Add(argument);
        }
        return new CommandLine(options, switches, positionals, help);
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string RequiredOption(string name) => Option(name) ?? throw new UsageException($"{name} is required");

    public bool Switch(string name) => _switches.Contains(name);
}
