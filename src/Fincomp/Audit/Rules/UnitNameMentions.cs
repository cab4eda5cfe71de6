using System.Text.RegularExpressions;

namespace Fincomp.Audit.Rules;

/// <summary>
/// Where a text states the unit's full name otherwise than the title: a run that begins as the full name begins and
/// ends as it ends ("四川遂宁高新区党群工作部" for 四川遂宁高新技术产业园区党群工作部, "上海市示例城管执法局" for
/// 上海市示例城市管理行政执法局), with no punctuation inside and not much longer than the name. The place (四川, 上海) and
/// the kind of unit (工作部, 执法局) anchor it, so the shortened name (党群工作部) and other units of the same place
/// (…管理委员会) are not taken for it. A name too short to hold both anchors apart is not searched.
/// </summary>
internal sealed class UnitNameMentions
{
    /// <summary>Characters of the name's start and of its end that a mention must share.</summary>
    private const int Anchor = 2;

    /// <summary>How many characters longer than the name a mention may be.</summary>
    private const int Longer = 4;

    private readonly string _name;
    private readonly Regex? _mention;

    public UnitNameMentions(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _name = name;
        _mention = name.Length < 3 * Anchor
            ? null
            : new Regex(
                Regex.Escape(name[..Anchor]) + "[^\\s，。、；：:,;（）()“”\"《》]{0," + (name.Length - (2 * Anchor) + Longer).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}?" + Regex.Escape(name[^Anchor..]),
                RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1));
    }

    /// <summary>The full names in <paramref name="text"/> that are not the unit's name as its title prints it.</summary>
    public IEnumerable<string> OtherNames(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_mention is null)
        {
            return [];
        }

        return _mention.Matches(text).Select(m => m.Value).Where(v => !v.Contains(_name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal);
    }
}
