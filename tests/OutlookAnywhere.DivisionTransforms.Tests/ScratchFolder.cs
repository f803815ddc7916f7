namespace OutlookAnywhere.DivisionTransforms.Tests;

/// <summary>A temporary folder for one test: division files to check and an output folder that must stay empty on errors.</summary>
public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "oa-transform-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Divisions);
        Directory.CreateDirectory(Output);
    }

    public string Path { get; }
    public string Divisions => System.IO.Path.Combine(Path, "divisions");
    public string Output => System.IO.Path.Combine(Path, "out");

    /// <summary>Writes a division file and returns its path as the tool will name it in messages.</summary>
    public string WriteDivision(string name, string json)
    {
        var file = System.IO.Path.Combine(Divisions, name + ".json");
        File.WriteAllText(file, json);
        return file;
    }

    public void CopyExample(string name) =>
        File.Copy(System.IO.Path.Combine(DivisionExamples.Folder, name + ".json"), System.IO.Path.Combine(Divisions, name + ".json"));

    public string[] OutputFiles() => Directory.GetFiles(Output, "*", SearchOption.AllDirectories);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
