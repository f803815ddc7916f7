using System.Reflection;

// oa-netfx-host <program.exe> [arguments...]: loads a .NET Framework program and runs its entry point in this process,
// with this process's standard handles; the exit code is the program's. Started by the test-only mscoree.dll stand-in.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: oa-netfx-host <program.exe> [arguments...]");
    return 2;
}
var program = Assembly.LoadFrom(args[0]);
var entry = program.EntryPoint ?? throw new InvalidOperationException($"{args[0]} has no entry point.");
var arguments = args.Skip(1).ToArray();
try
{
    var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [arguments]);
    return result is int code ? code : Environment.ExitCode;
}
catch (TargetInvocationException e) when (e.InnerException is not null)
{
    // As the .NET Framework reports an unhandled exception: on standard error, with its distinctive exit code.
    Console.Error.WriteLine($"Unhandled exception. {e.InnerException}");
    return unchecked((int)0xE0434352);
}
