using System.Text;

namespace Fincomp.Authoring;

/// <summary>
/// Writes a file so that readers see either nothing or the whole text: the text goes to a temporary file in the same
/// folder (same volume, so the rename is atomic) and is then moved into place. An interrupted write leaves no
/// half-written unit file that a later <c>check</c> would misreport.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes UTF-8 without BOM; with <paramref name="overwrite"/> false an existing file is an IOException.</summary>
    public static void WriteText(string path, string text, bool overwrite)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
            File.Move(temporary, full, overwrite);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
