namespace OutlookAnywhere.Msi;

/// <summary>
/// The <c>\u0005SummaryInformation</c> property set of a package or transform. Any property id
/// can be read or written through the indexer; the typed properties cover the ids Windows
/// Installer uses. Values are <see cref="string"/> (VT_LPSTR), <see cref="int"/> (VT_I4; VT_I2
/// for the codepage) or <see cref="DateTime"/> in UTC (VT_FILETIME).
/// </summary>
public sealed class SummaryInformation
{
    /// <summary>FMTID_SummaryInformation.</summary>
    public static readonly Guid FormatId = new("F29F85E0-4FF9-1068-AB91-08002B27B3D9");

    /// <summary>Stored name of the stream in the root storage.</summary>
    public const string StreamName = "\u0005SummaryInformation";

    private readonly SortedDictionary<int, object> _values = new();

    /// <summary>Every property present, by id.</summary>
    public IReadOnlyDictionary<int, object> Properties => _values;

    /// <summary>Gets or sets (null removes) any property by id.</summary>
    public object? this[int propertyId]
    {
        get => _values.TryGetValue(propertyId, out var v) ? v : null;
        set
        {
            if (value is null)
            {
                _values.Remove(propertyId);
                return;
            }
            if (value is not (string or int or DateTime))
                throw new ArgumentException($"summary property {propertyId} takes a string, int or DateTime, not {value.GetType().Name}", nameof(value));
            _values[propertyId] = value is DateTime d
                ? (d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc))
                : value;
        }
    }

    /// <summary>PID_CODEPAGE (1).</summary>
    public int? Codepage { get => GetInt(SummaryPropertyId.Codepage); set => this[SummaryPropertyId.Codepage] = value; }
    /// <summary>PID_TITLE (2).</summary>
    public string? Title { get => GetString(SummaryPropertyId.Title); set => this[SummaryPropertyId.Title] = value; }
    /// <summary>PID_SUBJECT (3).</summary>
    public string? Subject { get => GetString(SummaryPropertyId.Subject); set => this[SummaryPropertyId.Subject] = value; }
    /// <summary>PID_AUTHOR (4).</summary>
    public string? Author { get => GetString(SummaryPropertyId.Author); set => this[SummaryPropertyId.Author] = value; }
    /// <summary>PID_KEYWORDS (5).</summary>
    public string? Keywords { get => GetString(SummaryPropertyId.Keywords); set => this[SummaryPropertyId.Keywords] = value; }
    /// <summary>PID_COMMENTS (6).</summary>
    public string? Comments { get => GetString(SummaryPropertyId.Comments); set => this[SummaryPropertyId.Comments] = value; }
    /// <summary>PID_TEMPLATE (7).</summary>
    public string? Template { get => GetString(SummaryPropertyId.Template); set => this[SummaryPropertyId.Template] = value; }
    /// <summary>PID_LASTAUTHOR (8).</summary>
    public string? LastAuthor { get => GetString(SummaryPropertyId.LastAuthor); set => this[SummaryPropertyId.LastAuthor] = value; }
    /// <summary>PID_REVNUMBER (9).</summary>
    public string? RevisionNumber { get => GetString(SummaryPropertyId.RevisionNumber); set => this[SummaryPropertyId.RevisionNumber] = value; }
    /// <summary>PID_APPNAME (18).</summary>
    public string? CreatingApplication { get => GetString(SummaryPropertyId.CreatingApplication); set => this[SummaryPropertyId.CreatingApplication] = value; }
    /// <summary>PID_PAGECOUNT (14).</summary>
    public int? PageCount { get => GetInt(SummaryPropertyId.PageCount); set => this[SummaryPropertyId.PageCount] = value; }
    /// <summary>PID_WORDCOUNT (15).</summary>
    public int? WordCount { get => GetInt(SummaryPropertyId.WordCount); set => this[SummaryPropertyId.WordCount] = value; }
    /// <summary>PID_CHARCOUNT (16).</summary>
    public int? CharacterCount { get => GetInt(SummaryPropertyId.CharacterCount); set => this[SummaryPropertyId.CharacterCount] = value; }
    /// <summary>PID_SECURITY (19).</summary>
    public int? Security { get => GetInt(SummaryPropertyId.Security); set => this[SummaryPropertyId.Security] = value; }
    /// <summary>PID_CREATE_DTM (12), UTC.</summary>
    public DateTime? CreateTime { get => GetTime(SummaryPropertyId.CreateTime); set => this[SummaryPropertyId.CreateTime] = value; }
    /// <summary>PID_LASTSAVE_DTM (13), UTC.</summary>
    public DateTime? LastSaveTime { get => GetTime(SummaryPropertyId.LastSaveTime); set => this[SummaryPropertyId.LastSaveTime] = value; }

    /// <summary>A string property, or null if absent or not a string.</summary>
    public string? GetString(int propertyId) => this[propertyId] as string;

    /// <summary>An integer property, or null if absent or not an integer.</summary>
    public int? GetInt(int propertyId) => this[propertyId] is int i ? i : null;

    /// <summary>A time property in UTC, or null if absent or not a time.</summary>
    public DateTime? GetTime(int propertyId) => this[propertyId] is DateTime d ? d : null;

    /// <summary>Parses a property-set stream; <paramref name="source"/> names it in errors.</summary>
    public static SummaryInformation Parse(byte[] stream, string source) => PropertySetReader.Read(stream, source);

    /// <summary>Serialises to a property-set stream (FMTID_SummaryInformation, one section).</summary>
    public byte[] ToBytes() => PropertySetWriter.Write(this);

    /// <summary>A copy with the same properties.</summary>
    public SummaryInformation Clone()
    {
        var copy = new SummaryInformation();
        foreach (var (id, value) in _values) copy._values[id] = value;
        return copy;
    }
}
