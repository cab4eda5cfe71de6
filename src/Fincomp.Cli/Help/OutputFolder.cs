using System.CommandLine;

namespace Fincomp.Cli.Help;

/// <summary>
/// The one <c>-o/--output</c> option of every command that writes files into a folder. Its value is a folder, so "-"
/// (standard output) is refused with a message rather than creating a folder named "-".
/// </summary>
internal static class OutputFolder
{
    public static Option<string?> Create(string description, bool required) =>
        new("--output", "-o") { HelpName = "文件夹", Description = description, Required = required };

    public static bool Valid(string? folder, TextWriter error)
    {
        if (folder != "-")
        {
            return true;
        }

        error.WriteLine("-o 须是文件夹：报告与图片是多个文件，不能写到标准输出。");
        return false;
    }
}
