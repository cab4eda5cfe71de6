using Fincomp.Diagnostics;
using Fincomp.Import;
using Fincomp.Tests.Support;
using Fincomp.Writers.Xlsx;
using Xunit;
using Xunit.Abstractions;

namespace Fincomp.Tests.Import;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var unit = TestPaths.LoadSample();
        using (var stream = File.Create("/tmp/scratch.xlsx")) TablesWorkbookWriter.Write(unit, stream);
        var made = UnitFileImport.NewFile("/tmp/scratch.xlsx");
        foreach (var d in made.Diagnostics) output.WriteLine(d.ToString());
        File.WriteAllText("/tmp/scratch-new.yaml", made.Text ?? "");
        var sample = File.ReadAllText(TestPaths.Sample("dangqun-2023.yaml"));
        var into = UnitFileImport.Into("/tmp/scratch.xlsx", "s.yaml", sample.Replace("actual: 7.5\n", "actual: 9.5\n").Replace("general_budget: 837.44", "general_budget: 1"));
        foreach (var d in into.Diagnostics) output.WriteLine(d.ToString());
        File.WriteAllText("/tmp/scratch-into.yaml", into.Text ?? "");
    }
}
