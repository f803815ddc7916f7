namespace OutlookAnywhere.PackageLint;

/// <summary>
/// One problem in a built package: which rule, where (table and primary key of the row) and how to fix it.
/// </summary>
/// <param name="Rule">Stable rule id, e.g. <c>DEFERRED-OUTSIDE-TRANSACTION</c>.</param>
/// <param name="Table">The table holding the offending row.</param>
/// <param name="Row">The row's primary key; composite keys are joined with '/'.</param>
/// <param name="Message">What is wrong and what to change.</param>
public sealed record LintFinding(string Rule, string Table, string Row, string Message)
{
    public override string ToString() => $"{Rule} {Table}[{Row}]: {Message}";
}
