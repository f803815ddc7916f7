using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// Condition columns are Condition(255) in the SDK schema: validation (ICE03) reports a longer one, and a generated
/// condition that grew past it should be split (several type 51 actions setting one flag property).
/// </summary>
internal sealed class ConditionTooLongRule : ILintRule
{
    public string Id => "CONDITION-TOO-LONG";

    public IEnumerable<LintFinding> Check(MsiDatabase package) =>
        from c in ConditionColumns.All(package)
        where c.Condition.Length > ConditionColumns.MaxLength
        select new LintFinding(Id, c.Table, c.Row,
            $"the condition has {c.Condition.Length} characters, more than the column's {ConditionColumns.MaxLength}; split it into type 51 actions that set one flag property, and test the flag");
}
