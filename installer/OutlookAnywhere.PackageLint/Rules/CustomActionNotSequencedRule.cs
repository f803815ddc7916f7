using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// A custom action that no sequence table (and no DoAction control event) schedules never runs:
/// usually a lost &lt;Custom&gt; element or a post-build step that deleted the wrong sequence row.
/// </summary>
internal sealed class CustomActionNotSequencedRule : ILintRule
{
    public string Id => "CUSTOMACTION-NOT-SEQUENCED";

    public IEnumerable<LintFinding> Check(MsiDatabase package)
    {
        var scheduled = SequenceTables.All
            .SelectMany(table => package.RowsOf(table))
            .Select(row => row.GetString("Action"))
            .Concat(package.RowsOf("ControlEvent")
                .Where(row => row.GetString("Event") == "DoAction")
                .Select(row => row.GetString("Argument")))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        foreach (var row in package.RowsOf("CustomAction"))
        {
            var action = row.GetString("Action") ?? "";
            if (!scheduled.Contains(action))
            {
                yield return new LintFinding(Id, "CustomAction", action,
                    $"custom action {action} is in no sequence table, so it never runs; schedule it with <Custom Action=\"{action}\" Sequence=\"N\"> or remove it");
            }
        }
    }
}
