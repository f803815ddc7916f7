namespace OutlookAnywhere.DivisionTransforms;

/// <summary>
/// A division file, package or transform is invalid: exit code 1. Carries every problem found,
/// each a complete sentence naming the file, so an administrator fixes them all in one go.
/// </summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        if (problems.Count == 0) throw new ArgumentException("An InvalidInputException needs at least one problem.", nameof(problems));
        Problems = problems;
    }

    public InvalidInputException(string problem) : this([problem])
    {
    }

    public IReadOnlyList<string> Problems { get; }
}
