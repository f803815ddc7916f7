using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// A REG_MULTI_SZ we share with Windows must be written in the append form "[~]a[~]b": the installer then adds
/// only our strings and on uninstall removes only them. A trailing [~] prepends, [~] at both ends or inside
/// without a leading one replaces the whole value, and no [~] at all writes a REG_SZ over it (docs/DOMAIN.md §3.1).
/// </summary>
internal sealed class MultiSzNotAppendRule : ILintRule
{
    private const string Separator = "[~]";

    // Values known to be REG_MULTI_SZ owned by Windows, which the kit adds to.
    private static readonly HashSet<string> SharedMultiStringNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "NSPI interface protocol sequences",
    };

    public string Id => "MULTISZ-NOT-APPEND";

    public IEnumerable<LintFinding> Check(MsiDatabase package)
    {
        foreach (var row in package.RowsOf("Registry"))
        {
            var name = row.GetString("Name");
            var value = row.GetString("Value");
            if (value is null)
            {
                continue;
            }

            var appends = value.StartsWith(Separator, StringComparison.Ordinal)
                && !value.EndsWith(Separator, StringComparison.Ordinal);
            var fix = $"write it as \"{AppendForm(value)}\" (leading [~] only) so the strings are appended and removed again on uninstall";
            if (value.Contains(Separator, StringComparison.Ordinal) && !appends)
            {
                var form = value.EndsWith(Separator, StringComparison.Ordinal) && !value.StartsWith(Separator, StringComparison.Ordinal) ? "prepends to" : "replaces";
                yield return new LintFinding(Id, "Registry", row.Key(),
                    $"multi-string value '{name}' = '{value}' {form} the existing REG_MULTI_SZ; {fix}");
            }
            else if (name is not null && SharedMultiStringNames.Contains(name) && !appends)
            {
                yield return new LintFinding(Id, "Registry", row.Key(),
                    $"'{name}' is a REG_MULTI_SZ shared with Windows but '{value}' is written as REG_SZ over it; {fix}");
            }
        }
    }

    private static string AppendForm(string value)
    {
        var strings = value;
        while (strings.StartsWith(Separator, StringComparison.Ordinal))
        {
            strings = strings[Separator.Length..];
        }

        while (strings.EndsWith(Separator, StringComparison.Ordinal))
        {
            strings = strings[..^Separator.Length];
        }

        return Separator + strings;
    }
}
