namespace OutlookAnywhere.Logic;

/// <summary>The result of merging wanted entries into an existing <c>ValidPorts</c> value.</summary>
/// <param name="NewValue">The value to write; equal to the existing text when nothing was added.</param>
/// <param name="Added">The entries this merge added, as written; these are what uninstall removes.</param>
public sealed record ValidPortsMerge(string NewValue, IList<string> Added);
