namespace OutlookAnywhere.DivisionTransforms;

/// <summary>
/// One problem in a division file: the file, the field (<c>client.PROXY_SERVER</c>), the value
/// found and what is allowed, e.g.
/// <c>transforms/divisions/sales.json: client.PROXY_SERVER 'https://mail' must be ...</c>.
/// </summary>
/// <param name="File">The file as named on the command line (or found under --divisions).</param>
/// <param name="Field">Dotted path of the field; empty for the file as a whole (e.g. JSON syntax).</param>
/// <param name="Value">The value found; null when there is none (missing field, whole object).</param>
/// <param name="Allowed">What is allowed, as a sentence that follows the value.</param>
/// <param name="IsPackageDefault">The value is the package default, not written in the file (e.g. PROXY_AUTH Basic).</param>
public sealed record DivisionError(string File, string Field, string? Value, string Allowed, bool IsPackageDefault = false)
{
    public string Message
    {
        get
        {
            var subject = Field.Length == 0 ? "" : Field + " ";
            var value = Value is null ? "" : $"'{Value}' ";
            var origin = IsPackageDefault ? "(the package default, not set in this file) " : "";
            return $"{File}: {subject}{value}{origin}{Allowed}";
        }
    }

    public override string ToString() => Message;
}
