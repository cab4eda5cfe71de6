namespace Fincomp.Cli.Commands;

/// <summary>
/// A file argument that is really a misspelt option: the inputs argument takes any word, so without this check
/// `--bogus` would be read as a file name (and, for import, even become a folder to write into).
/// </summary>
internal static class UnknownOption
{
    /// <summary>Writes the refusal and returns true when an input starts with '-' and names no file or folder.</summary>
    public static bool Refuse(IEnumerable<string> inputs, string command, TextWriter error)
    {
        var unknown = inputs.FirstOrDefault(i => i.StartsWith('-') && i != "-" && !File.Exists(i) && !Directory.Exists(i));
        if (unknown is null)
        {
            return false;
        }

        error.WriteLine($"不认识的选项 {unknown}（fincomp {command} --help 列出全部选项）。");
        return true;
    }
}
