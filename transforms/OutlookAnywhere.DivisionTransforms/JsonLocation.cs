using System.Globalization;
using System.Text.Json;

namespace OutlookAnywhere.DivisionTransforms;

/// <summary>JSON pointers as a division-file field ("/client/PROXY_SERVER" is "client.PROXY_SERVER") and the value found there.</summary>
public static class JsonLocation
{
    public static IReadOnlyList<string> Segments(string pointer) =>
        pointer.Length == 0 ? [] : pointer.TrimStart('/').Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();

    public static string Field(IReadOnlyList<string> segments) => string.Join('.', segments);

    public static JsonElement? Find(JsonElement root, IReadOnlyList<string> segments)
    {
        var current = root;
        foreach (var segment in segments)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child)) current = child;
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < current.GetArrayLength()) current = current[i];
            else return null;
        }
        return current;
    }

    /// <summary>A string as its text, a number or literal as written; null for objects and arrays (too long to quote).</summary>
    public static string? Show(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Object or JsonValueKind.Array => null,
        _ => element.GetRawText(),
    };
}
