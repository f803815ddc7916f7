namespace OutlookAnywhere.DivisionTransforms;

/// <summary>The text of <c>--help</c>, per verb.</summary>
public static class HelpText
{
    private const string ExitCodes = """
        Exit codes:
          0  done
          1  invalid input: a division file, package or transform is wrong (the message names the file,
             the field, the value and what is allowed); nothing was written
          2  usage error: unknown verb or option, missing argument
        """;

    public const string Tool = $"""
        oa-transform: one Windows Installer transform (.mst) per division, from transforms/divisions/*.json

        Usage:
          oa-transform validate [--divisions DIR] [NAME...]
          oa-transform build --packages DIR --out DIR [--divisions DIR] [--validate-product-code] [NAME...]
          oa-transform show --package PKG.msi TRANSFORM.mst
          oa-transform VERB --help

        {ExitCodes}
        """;

    public const string Validate = $"""
        oa-transform validate [--divisions DIR] [NAME...]

        Checks division files without writing anything: JSON syntax, the schema (division.schema.json),
        unknown property names, and the same validation the packages run (values merged over the package
        defaults). Every error of a file is reported at once.

          --divisions DIR  folder of division files (default: {DivisionCatalog.DefaultFolder})
          NAME...          division ids (file names without .json); default: every *.json in DIR

        {ExitCodes}
        """;

    public const string Build = $"""
        oa-transform build --packages DIR --out DIR [--divisions DIR] [--validate-product-code] [NAME...]

        Validates the division files (as "validate" does), then writes <division>.server.mst and/or
        <division>.client.mst for each section a file has, one line per transform written. Each fits
        every platform build of its package (x86 and x64): it validates UpgradeCode and language, not
        the platform. Nothing is written unless every division succeeds.

          --packages DIR            folder with the packages: OutlookAnywhere.Server-<platform>.msi and
                                    OutlookAnywhere.Client-<platform>.msi (x86, x64)
          --out DIR                 where the transforms go (created if missing)
          --divisions DIR           folder of division files (default: {DivisionCatalog.DefaultFolder})
          --validate-product-code   also tie each transform to the package's exact ProductCode (by default
                                    only UpgradeCode and language are validated, so a transform keeps working
                                    on the next release); one transform per platform build then:
                                    <division>.client-x64.mst
          NAME...                   division ids; default: all

        {ExitCodes}
        """;

    public const string Show = $"""
        oa-transform show --package PKG.msi TRANSFORM.mst

        Prints what the transform changes (table by table: added and changed rows, old values), its
        validation and error-suppression flags, and whether it fits the package: UpgradeCode, language
        (and ProductCode or version when the transform validates them) and a trial application. A transform
        that does not fit is refused with exit code 1.

          --package PKG.msi   the package the transform is meant for

        {ExitCodes}
        """;
}
