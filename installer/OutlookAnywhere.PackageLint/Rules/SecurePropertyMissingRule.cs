using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// The execute sequence runs in the installer service, which receives from the command line only the public
/// properties named in SecureCustomProperties; any other value set with msiexec PROP=value is dropped there
/// ("Ignoring disallowed property" in the log) and the default is used. wixl ignores Property Secure="yes",
/// so the list has to be written by hand: this rule finds the properties missing from it.
/// One finding per property, at the first row that reads it.
/// </summary>
internal sealed class SecurePropertyMissingRule : ILintRule
{
    private const int MoreReadersShown = 3;

    // Formatted columns that the execute sequence resolves (Windows Installer SDK, each table's "Formatted" columns).
    private static readonly (string Table, string[] Columns)[] FormattedColumns =
    [
        ("Registry", ["Key", "Name", "Value"]),
        ("RemoveRegistry", ["Key", "Name"]),
        ("IniFile", ["Section", "Key", "Value"]),
        ("RemoveIniFile", ["Section", "Key", "Value"]),
        ("Environment", ["Name", "Value"]),
        ("Shortcut", ["Arguments"]),
        ("ServiceInstall", ["Arguments"]),
        ("ServiceControl", ["Arguments"]),
    ];

    // Conditions evaluated in the execute sequence (component and feature conditions at CostFinalize).
    private static readonly (string Table, string Column)[] ConditionColumns =
    [
        (SequenceTables.InstallExecute, "Condition"),
        ("Component", "Condition"),
        ("Condition", "Condition"),
    ];

    public string Id => "SECURE-PROPERTY-MISSING";

    public IEnumerable<LintFinding> Check(MsiDatabase package)
    {
        var secure = (package.PropertyValue("SecureCustomProperties") ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);

        return Reads(package)
            .Where(read => PublicProperty.IsPackageDefined(read.Property) && !secure.Contains(read.Property))
            .GroupBy(read => read.Property, StringComparer.Ordinal)
            .Select(reads => Finding(reads.Key, reads.DistinctBy(read => (read.Table, read.Row)).ToList()));
    }

    private LintFinding Finding(string property, List<PropertyRead> reads)
    {
        var first = reads[0];
        var others = reads.Skip(1).Select(read => $"{read.Table}[{read.Row}]").ToList();
        var alsoRead = others.Count == 0
            ? ""
            : $" (also read by {string.Join(", ", others.Take(MoreReadersShown))}{(others.Count > MoreReadersShown ? $" and {others.Count - MoreReadersShown} more" : "")})";
        return new LintFinding(Id, first.Table, first.Row,
            $"public property {property} is read in the execute sequence{alsoRead} but is not in SecureCustomProperties, " +
            $"so a value given on the msiexec command line is dropped there; add {property} to the Property table's SecureCustomProperties (';'-separated)");
    }

    private static IEnumerable<PropertyRead> Reads(MsiDatabase package)
    {
        foreach (var (table, column) in ConditionColumns)
        {
            foreach (var row in package.RowsOf(table))
            {
                foreach (var property in ConditionText.PropertiesIn(row.GetString(column)))
                {
                    yield return new PropertyRead(property, table, row.Key());
                }
            }
        }

        // Launch conditions are evaluated again in the execute sequence when LaunchConditions is scheduled there.
        if (package.RowsOf(SequenceTables.InstallExecute).Any(row => row.GetString("Action") == "LaunchConditions"))
        {
            foreach (var row in package.RowsOf("LaunchCondition"))
            {
                foreach (var property in ConditionText.PropertiesIn(row.GetString("Condition")))
                {
                    yield return new PropertyRead(property, "LaunchCondition", row.Key());
                }
            }
        }

        var executed = package.KeysOf(SequenceTables.InstallExecute, "Action");
        foreach (var row in package.RowsOf("CustomAction"))
        {
            var action = row.GetString("Action");
            if (action is not null && executed.Contains(action) && CustomActionType.TargetIsFormatted(row.GetInt("Type") ?? 0))
            {
                foreach (var property in FormattedText.PropertiesIn(row.GetString("Target")))
                {
                    yield return new PropertyRead(property, "CustomAction", action);
                }
            }
        }

        foreach (var (table, columns) in FormattedColumns)
        {
            foreach (var row in package.RowsOf(table))
            {
                foreach (var property in columns.SelectMany(column => FormattedText.PropertiesIn(row.GetString(column))))
                {
                    yield return new PropertyRead(property, table, row.Key());
                }
            }
        }

        // FindRelatedProducts sets the ActionProperty and RemoveExistingProducts reads it: both in the execute sequence (ICE61).
        foreach (var row in package.RowsOf("Upgrade"))
        {
            if (row.GetString("ActionProperty") is { } property)
            {
                yield return new PropertyRead(property, "Upgrade", row.Key());
            }
        }
    }

    private sealed record PropertyRead(string Property, string Table, string Row);
}
