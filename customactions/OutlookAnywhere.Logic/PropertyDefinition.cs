namespace OutlookAnywhere.Logic;

/// <summary>Which package a public property belongs to.</summary>
public enum PackageKind { Server, Client }

/// <summary>
/// A public MSI property: the product's interface. The README's property table, the WiX
/// <c>Property</c> defaults and the division-file schema are all checked against these definitions.
/// </summary>
/// <param name="Name">UPPERCASE property name, as typed on the msiexec command line.</param>
/// <param name="Default">The value the package uses when the property is not given ("" = empty/unset).</param>
/// <param name="Allowed">Human description of allowed values, as used in error messages.</param>
/// <param name="Description">One sentence for the README.</param>
public sealed record PropertyDefinition(string Name, PackageKind Package, string Default, string Allowed, string Description);
