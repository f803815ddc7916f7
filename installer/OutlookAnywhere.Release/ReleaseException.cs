namespace OutlookAnywhere.Release;

/// <summary>A built file the release step cannot use; the message names the file, the value and what is expected.</summary>
public sealed class ReleaseException(string message) : Exception(message);
