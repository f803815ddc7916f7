using OutlookAnywhere.Logic;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.Package.Tests;

/// <summary>
/// One source per fact: every public server property of <see cref="ServerProperties.Definitions"/> reaches every place
/// of the built package that carries it, and no place carries a property that is not defined. A property forgotten in
/// one place of Server.wxs or Server.sql would otherwise be silently ignored (not validated, not remembered, or dropped
/// from a managed install).
/// </summary>
public class ServerPropertyPlumbingTests
{
    private static readonly string[] Defined = ServerProperties.Definitions.Select(d => d.Name).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Platforms => new("x86", "x64");

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Every_defined_property_is_validated_remembered_read_back_and_secure(string platform)
    {
        using var database = MsiDatabase.Open(PackageLocations.ServerPackageFor(platform));
        string Property(string name) => database.GetRequiredTable("Property").Rows.Single(r => r.GetString("Property") == name).GetString("Value")!;

        // Handed to oa-server.exe by the immediate actions (plus what the installer itself provides, the dialog page the
        // check reports on, and OaValidated, which the validate action sets for prepare).
        Assert.Equal(Defined, Property("OaInputProperties").Split(';').Except(["REMOVE", "ComputerName", OutlookAnywhere.Logic.ServerInputCheck.InputsProperty, "OaValidated"]).Order(StringComparer.Ordinal));
        // Kept by a managed (elevated) install.
        Assert.Equal(Defined, Property("SecureCustomProperties").Split(';').Where(p => !p.StartsWith("WIX_", StringComparison.Ordinal) && p != "INSTALLFOLDER").Order(StringComparer.Ordinal));

        // Written to the remembered settings, each as [NAME].
        var remembered = database.GetRequiredTable("Registry").Rows
            .Where(r => r.GetString("Component_") == "RememberedSettings").ToList();
        Assert.Equal(Defined, remembered.Select(r => r.GetString("Name")!).Order(StringComparer.Ordinal));
        Assert.All(remembered, r => Assert.Equal($"[{r.GetString("Name")}]", r.GetString("Value")));
        var settingsKey = remembered.Select(r => r.GetString("Key")!.TrimEnd('\\')).Distinct().Single();

        // Read back from there, and used only when the command line (or a transform) gave nothing.
        var locators = database.GetRequiredTable("RegLocator").Rows.Where(r => r.GetString("Signature_")!.StartsWith("Remembered_", StringComparison.Ordinal)).ToList();
        Assert.Equal(Defined, locators.Select(r => r.GetString("Name")!).Order(StringComparer.Ordinal));
        Assert.All(locators, r => Assert.Equal(settingsKey, r.GetString("Key")!.TrimEnd('\\')));
        var actions = database.GetRequiredTable("CustomAction").Rows.Where(r => r.GetString("Action")!.StartsWith("Remember_", StringComparison.Ordinal)).ToList();
        Assert.Equal(Defined, actions.Select(r => r.GetString("Source")!).Order(StringComparer.Ordinal));
        Assert.All(actions, r => Assert.Equal($"[OaRemembered_{r.GetString("Source")}]", r.GetString("Target")));
        var sequence = database.GetRequiredTable("InstallExecuteSequence").Rows.Where(r => r.GetString("Action")!.StartsWith("Remember_", StringComparison.Ordinal)).ToList();
        Assert.Equal(Defined, sequence.Select(r => r.GetString("Action")!["Remember_".Length..]).Order(StringComparer.Ordinal));
        Assert.All(sequence, r =>
        {
            var name = r.GetString("Action")!["Remember_".Length..];
            Assert.Equal($"NOT {name} AND OaRemembered_{name}", r.GetString("Condition"));
        });
    }
}
