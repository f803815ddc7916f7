namespace OutlookAnywhere.Msi;

/// <summary>What a transform record does to a row.</summary>
public enum TransformOperation
{
    /// <summary>Adds a row (all columns present).</summary>
    Insert,
    /// <summary>Changes some non-key columns of an existing row.</summary>
    Update,
    /// <summary>Removes a row (only key columns present).</summary>
    Delete,
}
