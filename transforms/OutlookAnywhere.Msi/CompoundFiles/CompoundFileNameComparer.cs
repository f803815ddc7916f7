namespace OutlookAnywhere.Msi;

/// <summary>
/// Sibling order of [MS-CFB] 2.6.4: a shorter name sorts first; names of equal length compare
/// code unit by code unit after upper-casing.
/// </summary>
public sealed class CompoundFileNameComparer : IComparer<string>
{
    /// <summary>The single instance.</summary>
    public static CompoundFileNameComparer Instance { get; } = new();

    private CompoundFileNameComparer() { }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        if (x.Length != y.Length) return x.Length.CompareTo(y.Length);
        for (int i = 0; i < x.Length; i++)
        {
            int a = char.ToUpperInvariant(x[i]);
            int b = char.ToUpperInvariant(y[i]);
            if (a != b) return a.CompareTo(b);
        }
        return 0;
    }
}
