using OutlookAnywhere.Logic;

namespace OutlookAnywhere.DivisionTransforms;

/// <summary>
/// What one division sets in one package: public properties (validated, in file order) and
/// Feature.Level overrides. Becomes one transform, <c>&lt;division&gt;.&lt;package&gt;.mst</c>.
/// </summary>
public sealed record DivisionSection(
    PackageKind Package,
    IReadOnlyList<KeyValuePair<string, string>> Properties,
    IReadOnlyList<KeyValuePair<string, int>> FeatureLevels)
{
    /// <summary>"server" or "client": the section name in the file and the middle part of the transform's name.</summary>
    public string Name => PackageNames.SectionOf(Package);
}
