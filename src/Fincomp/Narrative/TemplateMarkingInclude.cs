using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Fincomp.Narrative;

/// <summary>
/// Scriban's <c>include</c>, wrapped so that the text an included template prints is framed by "::: template NAME" lines:
/// the document builder then knows which template printed every block, and the self-audit can name the template to fix.
/// The frame closes with the including template's name, so text after an include is attributed to its own template.
/// </summary>
internal sealed class TemplateMarkingInclude : IScriptCustomFunction
{
    private readonly IScriptCustomFunction _include;
    private readonly TemplateLoader _loader;
    private readonly Stack<string> _open = new();

    public TemplateMarkingInclude(IScriptCustomFunction include, TemplateLoader loader, string entryKey)
    {
        _include = include;
        _loader = loader;
        _open.Push(entryKey);
    }

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => _include.ReturnType;

    /// <summary>The line that names <paramref name="key"/> as the template of the lines after it.</summary>
    public static string Marker(string key) => $"\n::: {MarkdownReader.TemplateDirective} {key}\n";

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var key = arguments.Count > 0 && arguments[0] is string name ? KeyOf(name) : null;
        if (key is null)
        {
            return _include.Invoke(context, callerContext, arguments, blockStatement);
        }

        _open.Push(key);
        try
        {
            var text = _include.Invoke(context, callerContext, arguments, blockStatement);
            return Marker(key) + context.ObjectToString(text) + Marker(_open.ElementAt(1));
        }
        finally
        {
            _open.Pop();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));

    private string? KeyOf(string name)
    {
        try
        {
            return _loader.Resolve(name);
        }
        catch (TemplateNameException)
        {
            // The wrapped include reports the bad name with its own message and position.
            return null;
        }
    }
}
