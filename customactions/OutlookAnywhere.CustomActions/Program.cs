using System.Text;
using OutlookAnywhere.CustomActions;

// Entry point of oa-server.exe. Verbs validate/check/prepare/check-removal/apply/remove/restore are run by the package
// through oa_shim.dll; `status` is for administrators.
if (Environment.OSVersion.Platform != PlatformID.Win32NT)
{
    Console.Error.WriteLine("oa-server runs on Windows only.");
    return 2;
}
var verb = args.Length > 0 ? args[0] : "";
// UTF-8 both ways, as oa_shim.dll speaks it (a .NET Framework console would use the OEM code page).
var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
var channel = new ActionChannel(output);
var actions = new ServerActions(new WindowsRegistry(), channel);
try
{
    return verb switch
    {
        "validate" => actions.Validate(ActionChannel.ReadProperties(input)),
        OutlookAnywhere.Logic.ServerInputCheck.Verb => actions.Check(ActionChannel.ReadProperties(input)),
        "prepare" => actions.Prepare(ActionChannel.ReadProperties(input)),
        // The shim writes the properties to every immediate verb; this one decides from the records alone.
        "check-removal" => AfterReading(input, actions.CheckRemoval),
        "apply" => actions.Apply(ActionChannel.ReadPayload(input)),
        "remove" => actions.Remove(ActionChannel.ReadPayload(input)),
        "restore" => actions.Restore(ActionChannel.ReadPayload(input)),
        "status" => new ServerStatus(new WindowsRegistry(), output).Print(),
        "-h" or "--help" or "/?" => Usage(Console.Out, 0),
        _ => Usage(Console.Error, 2),
    };
}
catch (Exception e)
{
    channel.Error($"oa-server {verb} failed: {e.Message}");
    return 1;
}

static int AfterReading(TextReader input, Func<int> verb)
{
    input.ReadToEnd();
    return verb();
}

// Asked for (--help): the text on standard output and exit code 0; no verb or an unknown one: standard error and 2.
static int Usage(TextWriter writer, int exitCode)
{
    writer.WriteLine("""
        oa-server status    show what the Outlook Anywhere server package manages on this server (read-only)

        The verbs validate, check, prepare, check-removal, apply, remove and restore are run by the installer package.
        """);
    return exitCode;
}

