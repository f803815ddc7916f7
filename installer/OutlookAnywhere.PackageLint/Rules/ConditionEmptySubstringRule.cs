using System.Text.RegularExpressions;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// <c>X &gt;&lt; ""</c>, <c>X &lt;&lt; ""</c> and <c>X &gt;&gt; ""</c> are true whenever X has a value: nobody writes that on purpose. It is what
/// wixl leaves of a literal "$" (its preprocessor drops a lone '$'; "$$" is the escape), and it turns a validation check
/// into one that refuses every install.
/// </summary>
internal sealed partial class ConditionEmptySubstringRule : ILintRule
{
    public string Id => "CONDITION-EMPTY-SUBSTRING";

    public IEnumerable<LintFinding> Check(MsiDatabase package) =>
        from c in ConditionColumns.All(package)
        where EmptySubstring().IsMatch(c.Condition)
        select new LintFinding(Id, c.Table, c.Row,
            $"'{EmptySubstring().Match(c.Condition).Value}' is true for any non-empty value; if the source had a '$' in a string, write it as '$$' for wixl");

    [GeneratedRegex("~?(><|<<|>>)\\s*\"\"")]
    private static partial Regex EmptySubstring();
}
