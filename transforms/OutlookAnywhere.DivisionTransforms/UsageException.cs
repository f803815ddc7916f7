namespace OutlookAnywhere.DivisionTransforms;

/// <summary>The command line is wrong: exit code 2, with the verb's usage line.</summary>
public sealed class UsageException(string message) : Exception(message);
