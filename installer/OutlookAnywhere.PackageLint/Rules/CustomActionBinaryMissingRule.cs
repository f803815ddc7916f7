using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// A DLL, EXE or script action stored in the Binary table (types 1, 2, 5, 6) whose Source names no Binary row
/// is accepted by every tool and fails only when the action runs at install time.
/// </summary>
internal sealed class CustomActionBinaryMissingRule : ILintRule
{
    public string Id => "CUSTOMACTION-BINARY-MISSING";

    public IEnumerable<LintFinding> Check(MsiDatabase package)
    {
        var binaries = package.KeysOf("Binary", "Name");
        foreach (var row in package.RowsOf("CustomAction"))
        {
            var type = row.GetInt("Type") ?? 0;
            var source = row.GetString("Source");
            if (CustomActionType.SourceIsBinary(type) && (source is null || !binaries.Contains(source)))
            {
                var action = row.GetString("Action") ?? "";
                yield return new LintFinding(Id, "CustomAction", action,
                    $"custom action {action} (Type {type}) runs code from Binary row '{source}', which does not exist; " +
                    "add <Binary Id=... SourceFile=...> with that Id or correct the action's BinaryKey");
            }
        }
    }
}
