using System.Text;

namespace Fincomp.Writers.Html;

/// <summary>
/// The page being written. Lines always end in <c>\n</c> (never the platform's line end), so the same document gives
/// the same bytes on every machine.
/// </summary>
internal sealed class HtmlOutput
{
    private readonly StringBuilder _html = new();

    public HtmlOutput Line(string markup)
    {
        _html.Append(markup).Append('\n');
        return this;
    }

    public override string ToString() => _html.ToString();
}
