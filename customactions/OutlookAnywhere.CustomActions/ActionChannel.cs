using System.Text;

namespace OutlookAnywhere.CustomActions;

/// <summary>
/// The text protocol with oa_shim.dll (see customactions/Shim/oa_shim.c): NAME=value lines in,
/// "log", "error" and "set" lines out; backslash and newline escaped as \\ and \n.
/// </summary>
public sealed class ActionChannel(TextWriter output)
{
    /// <summary>NAME=value lines in order; a name may repeat (the deferred payload has one ENTRY line per entry).</summary>
    public static List<KeyValuePair<string, string>> ReadPayload(TextReader input)
    {
        var payload = new List<KeyValuePair<string, string>>();
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            var equals = line.IndexOf('=');
            if (equals > 0) payload.Add(new(line.Substring(0, equals), Unescape(line.Substring(equals + 1))));
        }
        return payload;
    }

    /// <summary>The installer properties of an immediate action; for a repeated name the last value wins.</summary>
    public static Dictionary<string, string> ReadProperties(TextReader input)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in ReadPayload(input)) properties[pair.Key] = pair.Value;
        return properties;
    }

    public void Log(string text)
    {
        foreach (var line in text.Split('\n')) output.WriteLine("log " + line.TrimEnd('\r'));
    }

    public void Error(string text)
    {
        foreach (var line in text.Split('\n')) output.WriteLine("error " + line.TrimEnd('\r'));
    }

    /// <summary>Sets a property in the installer session (immediate actions only).</summary>
    public void Set(string property, string value) => output.WriteLine($"set {property}={Escape(value)}");

    /// <summary>
    /// CustomActionData for a deferred action: NAME=value lines, nothing else (the action's entry point in oa_shim.dll
    /// names the verb, and the shim carries the program).
    /// </summary>
    public static string DeferredData(IEnumerable<KeyValuePair<string, string>> payload)
    {
        var data = new StringBuilder();
        foreach (var pair in payload) data.Append(pair.Key).Append('=').Append(Escape(pair.Value)).Append('\n');
        return data.ToString();
    }

    public static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\r", "").Replace("\n", "\\n");

    public static string Unescape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length && value[i + 1] == 'n') { text.Append('\n'); i++; }
            else if (value[i] == '\\' && i + 1 < value.Length && value[i + 1] == '\\') { text.Append('\\'); i++; }
            else text.Append(value[i]);
        }
        return text.ToString();
    }
}
