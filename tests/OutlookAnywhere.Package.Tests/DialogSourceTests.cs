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
