namespace OutlookAnywhere.DivisionTransforms;

/// <summary>A division file that passed every check: its id, description and one section per package it configures.</summary>
/// <param name="Path">The file as named on the command line, for messages.</param>
/// <param name="Division">The division id (= the file name without .json); names the transforms.</param>
public sealed record DivisionFile(string Path, string Division, string? Description, IReadOnlyList<DivisionSection> Sections);
