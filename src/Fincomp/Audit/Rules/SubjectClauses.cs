using System.Text.RegularExpressions;

namespace Fincomp.Audit.Rules;

/// <summary>
/// The clauses of a sentence that speak of one subject. "收入增加0.5万元，支出与上年持平" says two things of two subjects:
/// a clause that opens with a name of its own ("支出…") starts a new subject, while one that opens with a comparison,
/// a change or a figure ("比上年增加…", "增长5%", "与上年持平"), or with last year's figure ("上年支出4.5万元",
/// "2022年度为6万元"), or says nothing in figures ("未安排预算"), goes on with the subject before it. A wording and a figure judged together must share a subject.
/// </summary>
internal static partial class SubjectClauses
{
    private static readonly char[] SentenceEnds = ['。', '；', ';'];

    private static readonly char[] ClauseEnds = ['，', ','];

    private static readonly string[] Periods = ["上年", "上一年", "去年", "同期", "本年", "当年"];

    /// <summary>The text a clause opens with before its comparison, change or figure: empty when it opens with one.</summary>
    [GeneratedRegex(@"^(?:其中[：:]?)?(?<name>.*?)(?:[与同比较为]|增加|减少|增长|下降|上升|持平|\d|$)")]
    private static partial Regex OpeningName();

    /// <summary>The start and end of the clauses in <paramref name="text"/> that share the subject of the clause at <paramref name="position"/>.</summary>
    public static (int Start, int End) Around(string text, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentenceStart = SentenceStart(text, position);
        var sentenceEnd = text.IndexOfAny(SentenceEnds, Math.Min(position, text.Length));
        sentenceEnd = sentenceEnd < 0 ? text.Length : sentenceEnd;
        var clauses = new List<(int Start, int End)>();
        for (var start = sentenceStart; start <= sentenceEnd;)
        {
            var end = text.IndexOfAny(ClauseEnds, start, sentenceEnd - start);
            end = end < 0 ? sentenceEnd : end;
            clauses.Add((start, end));
            start = end + 1;
        }

        var at = Math.Max(0, clauses.FindLastIndex(c => c.Start <= position));
        var first = at;
        while (first > 0 && !NamesSubject(text[clauses[first].Start..clauses[first].End]))
        {
            first--;
        }

        var last = at;
        while (last + 1 < clauses.Count && !NamesSubject(text[clauses[last + 1].Start..clauses[last + 1].End]))
        {
            last++;
        }

        return (clauses[first].Start, clauses[last].End);
    }

    /// <summary>Where the sentence holding <paramref name="position"/> starts: after the last "。" or "；" before it.</summary>
    public static int SentenceStart(string text, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.LastIndexOfAny(SentenceEnds, Math.Clamp(position - 1, 0, Math.Max(0, text.Length - 1))) + 1;
    }

    /// <summary>
    /// Whether a clause opens with a subject of its own (not a comparison, a change, a figure or last year) and says
    /// something of it in figures or in a change: "未安排预算" or "主要用于接待" only goes on about the subject before.
    /// </summary>
    private static bool NamesSubject(string clause)
    {
        var name = OpeningName().Match(clause.Trim()).Groups["name"].Value;
        return name.Length > 0 && !Periods.Any(p => name.StartsWith(p, StringComparison.Ordinal)) && Measures().IsMatch(clause);
    }

    [GeneratedRegex(@"\d|增加|减少|增长|下降|上升|持平")]
    private static partial Regex Measures();
}
