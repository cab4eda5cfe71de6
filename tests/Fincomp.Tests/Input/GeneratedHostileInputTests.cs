using System.Text;
using Fincomp.Input;
using Xunit;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Input;

/// <summary>Hostile inputs too large to keep in the repository are generated: deep nesting, a huge file, an alias bomb.</summary>
public sealed class GeneratedHostileInputTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-hostile-");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Ten_thousand_levels_of_nesting_are_refused_at_the_depth_limit()
    {
        var path = Write("deep.yaml", new string('[', 10_000) + new string(']', 10_000) + "\n");

        var result = new UnitLoader().Load(path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(InputCodes.TooDeep, diagnostic.Code);
        Assert.Equal((1, YamlTreeReader.MaxDepth + 1), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Deep_block_mappings_are_refused_with_the_line_of_the_limit()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            builder.Append(' ', i).Append('k').Append(i).Append(":\n");
        }

        var result = new UnitLoader().Load(Write("deep-block.yaml", builder.ToString()));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(InputCodes.TooDeep, diagnostic.Code);
        Assert.Equal(YamlTreeReader.MaxDepth + 1, diagnostic.Span.Line);
    }

    [Fact]
    public void A_twenty_megabyte_file_is_refused_without_being_parsed()
    {
        var path = Path.Combine(_directory.Path, "huge.yaml");
        using (var stream = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("# 填充内容 padding padding padding padding padding\n");
            for (var written = 0L; written < 20L * 1024 * 1024; written += line.Length)
            {
                stream.Write(line);
            }
        }

        var result = new UnitLoader().Load(path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(InputCodes.TooLarge, diagnostic.Code);
        Assert.Equal((1, 1), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void An_alias_bomb_is_refused_without_expansion()
    {
        var builder = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            builder.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        var result = new UnitLoader().Load(Write("bomb.yaml", builder.ToString()));

        Assert.Null(result.Unit);
        Assert.Contains(result.Diagnostics, d => d.Code == InputCodes.AnchorOrAlias && d.Span.Line == 1);
        Assert.Contains(result.Diagnostics, d => d.Code == InputCodes.AnchorOrAlias && d.Span.Line == 10);
    }

    [Fact]
    public void A_directory_is_reported_as_unreadable()
    {
        var result = new UnitLoader().Load(_directory.Path);

        Assert.Equal(InputCodes.Unreadable, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_missing_file_is_reported_as_unreadable()
    {
        var result = new UnitLoader().Load(Path.Combine(_directory.Path, "不存在.yaml"));

        Assert.Equal(InputCodes.Unreadable, Assert.Single(result.Diagnostics).Code);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.Path, name);
        File.WriteAllText(path, text);
        return path;
    }
}
