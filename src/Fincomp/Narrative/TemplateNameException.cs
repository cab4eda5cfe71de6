namespace Fincomp.Narrative;

/// <summary>A template name that cannot be used; carries the diagnostic code so the renderer can report it.</summary>
internal sealed class TemplateNameException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
