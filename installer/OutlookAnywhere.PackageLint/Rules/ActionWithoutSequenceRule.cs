using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// A sequence-table row with a null Sequence is never run (and wixl cannot write one: it comes from a hand edit).
/// The project's rule is an explicit Sequence on every action.
/// </summary>
internal sealed class ActionWithoutSequenceRule : ILintRule
{
    public string Id => "ACTION-WITHOUT-SEQUENCE";

    public IEnumerable<LintFinding> Check(MsiDatabase package) =>
        from table in SequenceTables.All
        from row in package.RowsOf(table)
        where row.GetInt("Sequence") is null
        let action = row.GetString("Action") ?? ""
        select new LintFinding(Id, table, action,
            $"{action} has no Sequence, so it never runs; give it an explicit Sequence number (Custom Sequence=\"N\" in the .wxs, or the post-build SQL)");
}
