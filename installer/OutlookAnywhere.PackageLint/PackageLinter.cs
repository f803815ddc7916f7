using OutlookAnywhere.Msi;
using OutlookAnywhere.PackageLint.Rules;

namespace OutlookAnywhere.PackageLint;

/// <summary>
/// Checks a built MSI for what wixl or a careless post-build edit gets silently wrong
/// (docs/TOOLCHAIN.md §1). The build fails on any finding.
/// </summary>
public static class PackageLinter
{
    // Order is the order of the report: transaction and custom-action mistakes first, they break installs outright.
    private static readonly ILintRule[] Rules =
    [
        new DeferredOutsideTransactionRule(),
        new RollbackWithoutBitRule(),
        new ActionWithoutSequenceRule(),
        new CustomActionNotSequencedRule(),
        new CustomActionBinaryMissingRule(),
        new RegistryComponentMissingRule(),
        new RegistryHklm32BitRule(),
        new Win64In32BitPackageRule(),
        new MultiSzNotAppendRule(),
        new SecurePropertyMissingRule(),
        new DuplicateComponentGuidRule(),
        new FileComponentMissingRule(),
        new ConditionTooLongRule(),
        new ConditionEmptySubstringRule(),
    ];

    /// <summary>The ids of every rule, in report order.</summary>
    public static IReadOnlyList<string> RuleIds { get; } = Rules.Select(rule => rule.Id).ToArray();

    /// <summary>Every finding of every rule; an empty list means the package passes.</summary>
    public static IReadOnlyList<LintFinding> Check(MsiDatabase package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return Rules.SelectMany(rule => rule.Check(package)).ToList();
    }
}
