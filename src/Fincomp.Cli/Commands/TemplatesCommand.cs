using System.CommandLine;
using Fincomp.Cli.Help;
using Fincomp.IO;
using Fincomp.Model;
using Fincomp.Narrative;
using Fincomp.Writers.Docx;

namespace Fincomp.Cli.Commands;

/// <summary>
/// <c>fincomp templates -o DIR</c>: writes the built-in templates and the default Word reference document into a folder,
/// where a bureau edits the ones it wants to change and passes the folder back with <c>--templates</c> and
/// <c>--reference-doc</c> (an installed tool has no source tree to copy them from).
/// </summary>
internal static class TemplatesCommand
{
    public const string ReferenceFileName = "reference.docx";

    public static Command Create()
    {
        var output = OutputFolder.Create("写入的文件夹", required: true);
        var force = new Option<bool>("--force") { Description = "覆盖文件夹中已有的同名文件" };
        var pack = ChoiceOption.Create(
            "--pack",
            "-p",
            "输出哪个模板包：sichuan（缺省）或 shanghai；单位文件或 fincomp.yaml 的 settings.template_pack 选用同名模板包",
            [.. Enum.GetValues<TemplatePack>().Select(p => (p.FolderName(), p))],
            TemplatePack.Sichuan);
        var command = new ExampleCommand("templates", "输出内置模板与 Word 参考文档，供修改后用 --templates、--reference-doc 指定。")
        {
            Examples =
            [
                ("fincomp templates -o 我的模板", "写出四川格式的全部模板与 reference.docx，改好后：fincomp build 单位.yaml --templates 我的模板"),
                ("fincomp templates -o 上海模板 --pack shanghai", "写出上海市部门决算格式的模板（单位文件中写 settings.template_pack: shanghai）"),
            ],
        };
        command.Options.Add(output);
        command.Options.Add(force);
        command.Options.Add(pack);
        command.SetAction(parseResult => !OutputFolder.Valid(parseResult.GetValue(output), parseResult.InvocationConfiguration.Error)
            ? ExitCodes.Unreadable
            : Run(parseResult.GetValue(output)!, parseResult.GetValue(pack), parseResult.GetValue(force), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string folder, TemplatePack pack, bool force, TextWriter output, TextWriter error)
    {
        var loader = new TemplateLoader(null, pack);
        var files = TemplateLoader.BuiltInNames(pack)
            .Select(name => (Name: name, Bytes: System.Text.Encoding.UTF8.GetBytes(TemplateLoader.Read(loader.Resolve(name)))))
            .Append((Name: ReferenceFileName, Bytes: ReferenceDocument.CreateDefault()))
            .ToList();
        var existing = files.Where(f => File.Exists(Path.Combine(folder, f.Name))).Select(f => f.Name).ToList();
        if (existing.Count > 0 && !force)
        {
            error.WriteLine($"文件夹中已有 {string.Join("、", existing)}；用 --force 覆盖。");
            return ExitCodes.WriteFailed;
        }

        try
        {
            foreach (var (name, bytes) in files)
            {
                AtomicFile.Write(Path.Combine(folder, name), stream => stream.Write(bytes));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"无法写入 {folder}：{WriteFailureText.Reason(exception)}。");
            return ExitCodes.WriteFailed;
        }

        output.WriteLine($"已写出模板包 {pack.FolderName()} 的 {files.Count - 1} 个模板和 {ReferenceFileName} 到 {folder}。修改后：fincomp build 单位.yaml --templates {folder} --reference-doc {Path.Combine(folder, ReferenceFileName)}");
        return ExitCodes.Clean;
    }
}
