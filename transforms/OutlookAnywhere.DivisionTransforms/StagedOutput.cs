namespace OutlookAnywhere.DivisionTransforms;

/// <summary>
/// Transforms are written all or nothing: each goes to a temporary file in the output folder (same
/// file system, so the final move is a rename), and only when every one is written are they moved
/// into place. On any failure the temporary files are deleted and the folder is as it was.
/// </summary>
public sealed class StagedOutput(string folder)
{
    private readonly List<(string Name, byte[] Bytes)> _files = new();

    public void Add(string fileName, byte[] bytes) => _files.Add((fileName, bytes));

    /// <summary>Writes every file; returns their final paths in the order they were added.</summary>
    public IReadOnlyList<string> Commit()
    {
        Directory.CreateDirectory(folder);
        var staged = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var (name, bytes) in _files)
            {
                var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
                staged.Add((temporary, Path.Combine(folder, name)));
                File.WriteAllBytes(temporary, bytes);
            }
        }
        catch
        {
            foreach (var (temporary, _) in staged) File.Delete(temporary);
            throw;
        }
        foreach (var (temporary, final) in staged) File.Move(temporary, final, overwrite: true);
        return staged.Select(s => s.Final).ToArray();
    }
}
