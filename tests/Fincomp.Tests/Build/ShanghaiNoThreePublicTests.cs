using Fincomp.Compilation;
using Fincomp.Document;
using Fincomp.Input;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>
/// A Shanghai unit with no 三公 money (no budget, no spending, none last year) says so once, under (一), as the
/// template's note for such units words it; (二) would only repeat it, so neither it nor its heading is printed.
/// </summary>
public sealed class ShanghaiNoThreePublicTests
{
    [Fact]
    public void No_three_public_money_is_said_once()
    {
        var loaded = new UnitLoader().Load(TestPaths.Data("Shanghai", "no-three-public.yaml"));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));

        var result = ReportCompiler.Compile(loaded.Unit!, new CompileOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = TextProjection.Project(result.Document!);

        const string None = "上海市示例城市管理行政执法局2024年度无“三公”经费财政拨款支出。";
        var first = text.IndexOf(None, StringComparison.Ordinal);
        Assert.True(first >= 0, text);
        Assert.Equal(-1, text.IndexOf(None, first + 1, StringComparison.Ordinal));
        Assert.DoesNotContain("（二）“三公”经费财政拨款支出决算具体情况说明", text, StringComparison.Ordinal);
    }
}
