using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint;

/// <summary>One check over a built package. <see cref="Id"/> is part of the build's contract: never rename one.</summary>
internal interface ILintRule
{
    string Id { get; }

    IEnumerable<LintFinding> Check(MsiDatabase package);
}
