using OutlookAnywhere.Release;

// oa-release build --packages DIR [--out DIR]
// Exit 0 = written, 1 = a package or transform cannot be used (message names it), 2 = usage.
const string Usage = "oa-release build --packages DIR [--out DIR]   writes <package>.intunewin per .msi and release-manifest.json";
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}
if (args[0] != "build")
{
    Console.Error.WriteLine($"oa-release: unknown verb '{args[0]}'. {Usage}");
    return 2;
}
string? packages = null, output = null;
for (var i = 1; i < args.Length; i++)
{
    if (i + 1 >= args.Length || args[i] is not ("--packages" or "--out"))
    {
        Console.Error.WriteLine($"oa-release: unexpected '{args[i]}'. {Usage}");
        return 2;
    }
    if (args[i] == "--packages") packages = args[++i]; else output = args[++i];
}
if (packages is null)
{
    Console.Error.WriteLine($"oa-release: --packages is required. {Usage}");
    return 2;
}
try
{
    ReleaseBuilder.Build(packages, output ?? packages, Console.Out);
    return 0;
}
catch (ReleaseException e)
{
    Console.Error.WriteLine($"oa-release: {e.Message}");
    return 1;
}
