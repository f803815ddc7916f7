using OutlookAnywhere.Msi;

namespace OutlookAnywhere.DivisionTransforms;

/// <summary>
/// What every division transform carries in its summary information.
/// <para>Validation: UpgradeCode + language by default, not ProductCode, so a division's transform
/// keeps working on the next release (a major upgrade changes the ProductCode, never the
/// UpgradeCode). <c>--validate-product-code</c> tightens it to one exact build.</para>
/// <para>Error suppression: a transform adds a Property row the package lacks and updates one it
/// has. Should a later release add that row, the insert would fail without
/// <see cref="TransformErrorSuppression.AddExistingRow"/>; with it, the division's value is applied
/// over the package's. An update of a row that disappeared (a Feature that was renamed) is NOT
/// suppressed: better a refused install (1624) than a division silently losing its settings.</para>
/// </summary>
public sealed record TransformSettings(TransformValidation Validation, TransformErrorSuppression ErrorSuppression)
{
    public static TransformSettings Default { get; } = new(TransformValidation.Default, TransformErrorSuppression.AddExistingRow);

    public TransformSettings WithProductCode() => this with { Validation = Validation | TransformValidation.Product };
}
