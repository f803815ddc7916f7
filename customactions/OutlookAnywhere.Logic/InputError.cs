namespace OutlookAnywhere.Logic;

/// <summary>
/// One rejected input: which property (or division-file field), the value given, and what is allowed.
/// Every validation in the kit reports through this type so that the installer log, the division
/// tool and the tests all show the same sentence.
/// </summary>
public sealed record InputError(string Input, string Value, string Allowed)
{
    /// <summary>For example: <c>PROXY_SERVER 'https://mail' must be a host name without scheme, e.g. mail.example.com</c>.</summary>
    public string Message => $"{Input} '{Value}' {Allowed}";

    public override string ToString() => Message;
}

/// <summary>All errors found in one set of inputs, reported together.</summary>
public sealed class InputException : Exception
{
    public InputException(IList<InputError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.Message)))
    {
        if (errors.Count == 0) throw new ArgumentException("An InputException needs at least one error.", nameof(errors));
        Errors = errors;
    }

    public IList<InputError> Errors { get; }
}
