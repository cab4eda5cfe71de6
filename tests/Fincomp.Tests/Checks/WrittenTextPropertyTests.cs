using CsCheck;
using Fincomp.Model;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// Whatever style a text is written in (plain, quoted, literal block, plain over several lines), every character of
/// the parsed text is located at the line and column where that very character stands in the file.
/// </summary>
public sealed class WrittenTextPropertyTests
{
    private const string Alphabet = "厉行节约不够完善，。、（）“”abc123";

    private static readonly Gen<string> Words = Gen.String[Gen.Char[Alphabet], 1, 12];

    [Fact]
    public void Every_character_is_located_where_it_stands_in_the_file()
    {
        Gen.Select(Words.Array[1, 4], Gen.Int[0, 4]).Sample((words, style) =>
        {
            var written = style switch
            {
                0 => string.Concat(words),
                1 => $"\"{string.Concat(words)}\"",
                2 => $"'{string.Concat(words)}'",
                3 => "|-\n" + string.Join("\n", words.Select(w => "    " + w)),
                _ => string.Join("\n    ", words),
            };
            var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "reason: 厉行节约", "reason: " + written);
            var threePublic = TestUnits.Load(yaml).ThreePublic;
            var text = threePublic.Reason!;
            var source = threePublic.WrittenTexts[nameof(ThreePublic.Reason)][0];
            var lines = yaml.Split('\n');

            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    continue;
                }

                var at = source.Locate(text, i);
                Assert.Equal(text[i], lines[at.Line - 1][at.Column - 1]);
            }
        }, iter: 100);
    }
}
