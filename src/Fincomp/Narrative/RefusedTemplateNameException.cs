using Scriban.Parsing;
using Scriban.Syntax;

namespace Fincomp.Narrative;

/// <summary>
/// An include naming a template that cannot be used, raised inside Scriban at the include; carries the code
/// (FC0903 not found, FC0904 refused path) so the renderer reports the same code as for the entry template.
/// </summary>
internal sealed class RefusedTemplateNameException(SourceSpan span, string code, string message) : ScriptRuntimeException(span, message)
{
    public string Code { get; } = code;
}
