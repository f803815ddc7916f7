using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// A deferred (in-script) custom action must be sequenced strictly between InstallInitialize and InstallFinalize:
/// outside, Windows fails the install with error 2762 while Wine silently skips the action (docs/TOOLCHAIN.md §1),
/// and wixl's Before=/After= can put it there. Rollback and commit actions are in-script too and count here.
/// </summary>
internal sealed class DeferredOutsideTransactionRule : ILintRule
{
    public string Id => "DEFERRED-OUTSIDE-TRANSACTION";

    public IEnumerable<LintFinding> Check(MsiDatabase package)
    {
        var inScriptActions = package.RowsOf("CustomAction")
            .Where(row => CustomActionType.IsInScript(row.GetInt("Type") ?? 0))
            .Select(row => row.GetString("Action"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        foreach (var table in SequenceTables.WithTransaction)
        {
            var rows = package.RowsOf(table);
            var start = SequenceOf(rows, SequenceTables.TransactionStart);
            var end = SequenceOf(rows, SequenceTables.TransactionEnd);
            foreach (var row in rows)
            {
                var action = row.GetString("Action");
                var sequence = row.GetInt("Sequence");
                // A null Sequence is ACTION-WITHOUT-SEQUENCE's finding.
                if (action is null || sequence is null || !inScriptActions.Contains(action))
                {
                    continue;
                }

                if (start is null || end is null)
                {
                    yield return Finding(table, action,
                        $"deferred custom action {action} is in a sequence without {SequenceTables.TransactionStart} and {SequenceTables.TransactionEnd}; " +
                        "add both standard actions (wixl adds them to InstallExecuteSequence) or remove the action from this table");
                }
                else if (sequence <= start || sequence >= end)
                {
                    yield return Finding(table, action,
                        $"deferred custom action {action} has Sequence {sequence}, outside {SequenceTables.TransactionStart} ({start}) .. {SequenceTables.TransactionEnd} ({end}); " +
                        $"give it a Sequence from {start + 1} to {end - 1} (Windows fails the install with error 2762 otherwise)");
                }
            }
        }

        foreach (var table in SequenceTables.WithoutScript)
        {
            foreach (var row in package.RowsOf(table))
            {
                var action = row.GetString("Action");
                if (action is not null && inScriptActions.Contains(action))
                {
                    yield return Finding(table, action,
                        $"deferred custom action {action} is in a UI sequence, where no install script exists; " +
                        $"move it to InstallExecuteSequence between {SequenceTables.TransactionStart} and {SequenceTables.TransactionEnd}");
                }
            }
        }
    }

    private static int? SequenceOf(IReadOnlyList<MsiRow> rows, string action) =>
        rows.FirstOrDefault(row => row.GetString("Action") == action)?.GetInt("Sequence");

    private LintFinding Finding(string table, string action, string message) => new(Id, table, action, message);
}
