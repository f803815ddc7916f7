namespace OutlookAnywhere.Msi;

/// <summary>What a transform contains, as read by <see cref="TransformReader"/>.</summary>
public sealed class TransformContents
{
    internal TransformContents(string sourceName, SummaryInformation summary, StringPool strings,
        IReadOnlyList<MsiTable> addedTables, IReadOnlyList<TransformChange> changes, IReadOnlyDictionary<string, byte[]> streams)
    {
        SourceName = sourceName;
        Summary = summary;
        Strings = strings;
        AddedTables = addedTables;
        Changes = changes;
        Streams = streams;
    }

    /// <summary>The transform's file name (or the name given for a buffer).</summary>
    public string SourceName { get; }

    /// <summary>The transform's summary information.</summary>
    public SummaryInformation Summary { get; }

    /// <summary>The transform's own string pool.</summary>
    public StringPool Strings { get; }

    /// <summary>Validation flags from the high word of PID_CHARCOUNT.</summary>
    public TransformValidation Validation => TransformSummary.ValidationOf(Summary);

    /// <summary>Error-suppression flags from the low word of PID_CHARCOUNT.</summary>
    public TransformErrorSuppression ErrorSuppression => TransformSummary.ErrorSuppressionOf(Summary);

    /// <summary>Tables the transform adds (from its <c>_Tables</c>/<c>_Columns</c> records), empty.</summary>
    public IReadOnlyList<MsiTable> AddedTables { get; }

    /// <summary>Row changes in stored order, table by table.</summary>
    public IReadOnlyList<TransformChange> Changes { get; }

    /// <summary>Every non-table stream of the transform by decoded name (binary cell data such as "Binary.Key").</summary>
    public IReadOnlyDictionary<string, byte[]> Streams { get; }
}
