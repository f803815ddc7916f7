namespace OutlookAnywhere.PackageLint.Tests.Packages;

/// <summary>Assertions that print every finding when they fail, so the report shows what the lint did say.</summary>
internal static class FindingAssert
{
    public static LintFinding Reports(IReadOnlyList<LintFinding> findings, string rule, string table, string row)
    {
        var matching = findings.Where(finding => finding.Rule == rule && finding.Table == table && finding.Row == row).ToList();
        Assert.True(matching.Count == 1, $"expected one {rule} finding for {table}[{row}], got {matching.Count}:\n{Listing(findings)}");
        return matching[0];
    }

    public static void ReportsNothingFor(IReadOnlyList<LintFinding> findings, string rule)
    {
        var matching = findings.Where(finding => finding.Rule == rule).ToList();
        Assert.True(matching.Count == 0, $"expected no {rule} finding, got:\n{Listing(matching)}");
    }

    public static void ReportsNothing(IReadOnlyList<LintFinding> findings) =>
        Assert.True(findings.Count == 0, $"expected a clean package, got:\n{Listing(findings)}");

    private static string Listing(IEnumerable<LintFinding> findings) =>
        string.Join("\n", findings.Select(finding => "  " + finding));
}
