namespace OutlookAnywhere.DivisionTransforms;

/// <summary>The result of reading one division file: the file when it is valid, else every error found in it.</summary>
public sealed record DivisionReading(string Path, DivisionFile? File, IReadOnlyList<DivisionError> Errors)
{
    public bool IsValid => File is not null;
}
