namespace Fincomp.Model;

/// <summary>What a unit file may do to a rule's severity; <see cref="Off"/> switches the rule off.</summary>
public enum RuleSeverityOverride
{
    [EnumLabel("off")] Off,
    [EnumLabel("info")] Info,
    [EnumLabel("warning")] Warning,
    [EnumLabel("error")] Error,
}
