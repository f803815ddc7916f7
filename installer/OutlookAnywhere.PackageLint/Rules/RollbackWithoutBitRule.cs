using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// wixl writes Execute="rollback"/"commit" as an ordinary immediate action, which then runs during every normal
/// install (docs/TOOLCHAIN.md §1). The post-build step must set the bits; this rule catches a forgotten one by the
/// action's name. It also reports a rollback action sequenced after every deferred action: the installer runs a
/// rollback action only if it was scheduled before the step that failed, so there it can undo nothing of ours.
/// </summary>
internal sealed class RollbackWithoutBitRule : ILintRule
{
    public string Id => "ROLLBACK-WITHOUT-BIT";

    public IEnumerable<LintFinding> Check(MsiDatabase package)
    {
        var customActions = package.RowsOf("CustomAction");
        foreach (var row in customActions)
        {
            var action = row.GetString("Action") ?? "";
            var type = row.GetInt("Type") ?? 0;
            // A type 51/35 action such as SetValidPortsRollbackData only prepares CustomActionData; it runs no code.
            if (CustomActionType.SetsPropertyOrDirectory(type))
            {
                continue;
            }

            if (action.Contains("Rollback", StringComparison.OrdinalIgnoreCase))
            {
                if (!CustomActionType.IsRollback(type))
                {
                    yield return new LintFinding(Id, "CustomAction", action,
                        $"{action} is named as a rollback action but Type {type} lacks the rollback bits (0x400 in-script + 0x100 rollback), " +
                        $"so it runs during a normal install; set Type to {CustomActionType.WithRollbackBits(type)} in the post-build step");
                }
            }
            else if (action.Contains("Commit", StringComparison.OrdinalIgnoreCase) && !CustomActionType.IsCommit(type))
            {
                yield return new LintFinding(Id, "CustomAction", action,
                    $"{action} is named as a commit action but Type {type} lacks the commit bits (0x400 in-script + 0x200 commit), " +
                    $"so it runs during a normal install; set Type to {CustomActionType.WithCommitBits(type)} in the post-build step");
            }
        }

        foreach (var finding in RollbackActionsAfterEveryDeferredAction(package, customActions))
        {
            yield return finding;
        }
    }

    private IEnumerable<LintFinding> RollbackActionsAfterEveryDeferredAction(MsiDatabase package, IReadOnlyList<MsiRow> customActions)
    {
        var typeOf = customActions
            .Where(row => row.GetString("Action") is not null)
            .ToDictionary(row => row.GetString("Action")!, row => row.GetInt("Type") ?? 0, StringComparer.Ordinal);
        var sequenced = package.RowsOf(SequenceTables.InstallExecute)
            .Where(row => row.GetString("Action") is { } action && typeOf.ContainsKey(action) && row.GetInt("Sequence") is not null)
            .Select(row => (Action: row.GetString("Action")!, Sequence: row.GetInt("Sequence")!.Value, Type: typeOf[row.GetString("Action")!]))
            .ToList();
        var lastDeferred = sequenced.Where(entry => CustomActionType.IsDeferred(entry.Type)).Select(entry => (int?)entry.Sequence).Max();

        foreach (var rollback in sequenced.Where(entry => CustomActionType.IsRollback(entry.Type)))
        {
            if (lastDeferred is null || rollback.Sequence >= lastDeferred)
            {
                var where = lastDeferred is null ? "there is no deferred custom action" : $"the last deferred custom action is at {lastDeferred}";
                yield return new LintFinding(Id, SequenceTables.InstallExecute, rollback.Action,
                    $"rollback action {rollback.Action} has Sequence {rollback.Sequence} but {where}; " +
                    "a rollback action undoes only work scheduled after it: sequence it just before the deferred action it undoes");
            }
        }
    }
}
