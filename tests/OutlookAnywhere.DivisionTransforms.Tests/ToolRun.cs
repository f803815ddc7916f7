using OutlookAnywhere.DivisionTransforms;

namespace OutlookAnywhere.DivisionTransforms.Tests;

/// <summary>What one oa-transform command returned, run in-process.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public static ToolRun Of(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = TransformTool.Run(arguments, output, error);
        return new ToolRun(code, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}--- stderr\n{Error}";
}
