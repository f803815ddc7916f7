using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ProductKeyTests
{
    [Fact]
    public void Uninstall_removes_the_emptied_server_key_and_the_kits_key()
    {
        var registry = new FakeRegistry().WithKey(ServerRegistryKeys.Product).WithKey(ServerRegistryKeys.ProductServer);
        ServerRegistryKeys.RemoveProductKeysIfEmpty(registry, _ => { });
        Assert.False(registry.KeyExists(ServerRegistryKeys.ProductServer));
        Assert.False(registry.KeyExists(ServerRegistryKeys.Product));
    }

    [Fact]
    public void Uninstall_keeps_the_kits_key_while_the_client_package_uses_it()
    {
        var registry = new FakeRegistry().WithKey(ServerRegistryKeys.ProductServer)
            .WithValue(ServerRegistryKeys.Product + @"\Client", "PROXY_SERVER", "mail.example.com").WithKey(ServerRegistryKeys.Product);
        var log = new List<string>();
        ServerRegistryKeys.RemoveProductKeysIfEmpty(registry, log.Add);
        Assert.False(registry.KeyExists(ServerRegistryKeys.ProductServer));
        Assert.True(registry.KeyExists(ServerRegistryKeys.Product));
        Assert.Contains(log, line => line.Contains("left in place"));
    }

    [Fact]
    public void Uninstall_keeps_a_server_key_that_still_holds_values()
    {
        var registry = new FakeRegistry().WithValue(ServerRegistryKeys.ProductServer, "Other", "x").WithKey(ServerRegistryKeys.Product);
        ServerRegistryKeys.RemoveProductKeysIfEmpty(registry, _ => { });
        Assert.Equal("x", registry.GetString(ServerRegistryKeys.ProductServer, "Other"));
        Assert.True(registry.KeyExists(ServerRegistryKeys.Product));
    }
}
