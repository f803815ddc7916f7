using OutlookAnywhere.Logic;
using OutlookAnywhere.Packaging;
using OutlookAnywhere.Packaging.Generated;
using OutlookAnywhere.Packaging.Dialogs;

namespace OutlookAnywhere.Package.Tests;

/// <summary>The committed dialog SQL is what the generator writes from the property definitions (OA_REGENERATE=1 rewrites it).</summary>
public class DialogSourceTests
{
    [Fact]
    public void Client_dialog_sql_is_one_of_the_generated_sources()
    {
        Assert.Contains(GeneratedSources.All, file => file.Path == ClientDialogs.SqlPath);
    }

    [Fact]
    public void Every_client_property_is_on_exactly_one_page()
    {
        var onPages = ClientDialogs.Plan().Fields.Select(f => f.Property).ToList();
        Assert.Equal(ClientProperties.Definitions.Select(d => d.Name).Order(), onPages.Order());
    }

    [Fact]
    public void Every_client_input_check_runs_when_the_page_of_its_property_is_left()
    {
        var plan = ClientDialogs.Plan();
        var run = plan.Fields.SelectMany(f => plan.Checks[f.Property].Checks).Select(c => c.Action).ToHashSet();
        Assert.All(ClientPackageSource.InputChecks(), check => Assert.Contains($"OaCheck_{check.Id}", run));
    }
}

/// <summary>The built client packages carry the dialogs and stay within the README's size budget.</summary>
public class ClientDialogPackageTests
{
    /// <summary>README "Package size budget": the client package is tables only, its dialogs included.</summary>
    private const long ClientBudget = 128 * 1024;

    [Theory]
    [InlineData("x86")]
    [InlineData("x64")]
    public void Client_package_has_its_dialogs_and_stays_within_128_KiB(string platform)
    {
        var package = PackageLocations.ClientPackageFor(platform);
        Assert.True(new FileInfo(package).Length <= ClientBudget, $"{package} is {new FileInfo(package).Length / 1024} KiB, over the 128 KiB budget.");
        using var database = OutlookAnywhere.Msi.MsiDatabase.Open(package);
        var dialogs = database.GetRequiredTable("Dialog").Rows.Select(r => r.GetString("Dialog")).ToHashSet();
        foreach (var dialog in ClientDialogs.Plan().Pages.Select(p => p.Dialog).Concat([DialogTables.WelcomeDialog, DialogTables.ReadyDialog,
                     DialogTables.ProgressDialog, DialogTables.ExitDialog, DialogTables.UserExitDialog, DialogTables.FatalErrorDialog,
                     DialogTables.CancelDialog, DialogTables.InvalidDialog, DialogTables.MaintenanceDialog, DialogTables.RemoveDialog, DialogTables.ErrorDialog]))
            Assert.Contains(dialog, dialogs);
        // Every DoAction of a page runs an action the package has.
        var actions = database.GetRequiredTable("CustomAction").Rows.Select(r => r.GetString("Action")).ToHashSet();
        Assert.All(database.GetRequiredTable("ControlEvent").Rows.Where(r => r.GetString("Event") == "DoAction"),
            r => Assert.Contains(r.GetString("Argument"), actions));
    }
}

/// <summary>The server package's dialogs: generated from ServerProperties.Definitions, in both platforms' packages.</summary>
public class ServerDialogTests
{
    [Fact]
    public void Server_dialog_sql_is_one_of_the_generated_sources()
    {
        Assert.Contains(GeneratedSources.All, file => file.Path == ServerDialogs.SqlPath);
    }

    [Fact]
    public void Every_server_property_is_on_exactly_one_page_and_every_page_runs_the_check()
    {
        var plan = ServerDialogs.Plan();
        Assert.Equal(ServerProperties.Definitions.Select(d => d.Name).Order(), plan.Fields.Select(f => f.Property).Order());
        Assert.Equal(new PageCheck(ServerInputCheck.Action, ServerInputCheck.InputsProperty), plan.PageCheck);
        Assert.All(ServerProperties.Definitions.Where(d => d.Default.Length > 0), d => Assert.Contains(plan.NewActions!, a => a == ($"Default_{d.Name}", d.Name, d.Default)));
    }

    /// <summary>README "Package size budget": the server package stays under 1 MiB.</summary>
    [Theory]
    [InlineData("x86")]
    [InlineData("x64")]
    public void Server_package_has_its_dialogs_and_the_ui_sequence_remembers_as_the_execute_sequence_does(string platform)
    {
        var package = PackageLocations.ServerPackageFor(platform);
        Assert.True(new FileInfo(package).Length < 1024 * 1024, $"{package} is {new FileInfo(package).Length / 1024} KiB, over the 1 MiB budget.");
        using var database = OutlookAnywhere.Msi.MsiDatabase.Open(package);
        var dialogs = database.GetRequiredTable("Dialog").Rows.Select(r => r.GetString("Dialog")).ToHashSet();
        foreach (var dialog in ServerDialogs.Plan().Pages.Select(p => p.Dialog).Concat([DialogTables.WelcomeDialog, DialogTables.ReadyDialog,
                     DialogTables.ProgressDialog, DialogTables.ExitDialog, DialogTables.UserExitDialog, DialogTables.FatalErrorDialog,
                     DialogTables.CancelDialog, DialogTables.InvalidDialog, DialogTables.MaintenanceDialog, DialogTables.RemoveDialog, DialogTables.ErrorDialog]))
            Assert.Contains(dialog, dialogs);
        var actions = database.GetRequiredTable("CustomAction").Rows.ToDictionary(r => r.GetString("Action")!);
        Assert.All(database.GetRequiredTable("ControlEvent").Rows.Where(r => r.GetString("Event") == "DoAction"),
            r => Assert.Contains(r.GetString("Argument")!, actions.Keys));
        // The page check is the shim's OaCheck entry, as the validation is its OaValidate.
        Assert.Equal("OaCheck", actions[ServerInputCheck.Action].GetString("Target"));
        Assert.Equal(actions["OaValidateServerSettings"].GetString("Source"), actions[ServerInputCheck.Action].GetString("Source"));

        // The UI sequence's Remember_* rows are the execute sequence's own (Server.wxs): same condition, same number.
        static Dictionary<string, (string?, int?)> Rows(OutlookAnywhere.Msi.MsiDatabase db, string table) =>
            db.GetRequiredTable(table).Rows.Where(r => r.GetString("Action")!.StartsWith("Remember_", StringComparison.Ordinal))
                .ToDictionary(r => r.GetString("Action")!, r => (r.GetString("Condition"), r.GetInt("Sequence")));
        var execute = Rows(database, "InstallExecuteSequence");
        Assert.Equal(ServerProperties.Definitions.Count, execute.Count);
        Assert.Equal(execute.OrderBy(p => p.Key), Rows(database, "InstallUISequence").OrderBy(p => p.Key));
    }
}
