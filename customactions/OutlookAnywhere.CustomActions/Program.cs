using OutlookAnywhere.CustomActions;

// Entry point of oa-server.exe. Verbs validate/prepare/apply/remove/restore are run by the package
// through oa_shim.dll; `status` is for administrators.
if (!OperatingSystem.IsWindows())
{
    Console.Error.WriteLine("oa-server runs on Windows only.");
    return 2;
}
var verb = args.Length > 0 ? args[0] : "--help";
var channel = new ActionChannel(Console.Out);
var actions = new ServerActions(new WindowsRegistry(), channel);
try
{
    return verb switch
    {
        "validate" => actions.Validate(ActionChannel.ReadProperties(Console.In)),
        "prepare" => actions.Prepare(ActionChannel.ReadProperties(Console.In)),
        "apply" => actions.Apply(ActionChannel.ReadPayload(Console.In)),
        "remove" => actions.Remove(),
        "restore" => actions.Restore(ActionChannel.ReadPayload(Console.In)),
        "status" => new ServerStatus(new WindowsRegistry(), Console.Out).Print(),
        _ => Usage(),
    };
}
catch (Exception e)
{
    channel.Error($"oa-server {verb} failed: {e.Message}");
    return 1;
}

static int Usage()
{
    Console.WriteLine("""
        oa-server status    show what the Outlook Anywhere server package manages on this server (read-only)

        The verbs validate, prepare, apply, remove and restore are run by the installer package.
        """);
    return 2;
}

