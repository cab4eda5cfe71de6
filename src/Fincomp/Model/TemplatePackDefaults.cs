namespace Fincomp.Model;

/// <summary>What a pack implies for the display of figures when neither the unit nor the folder manifest says otherwise.</summary>
public static class TemplatePackDefaults
{
    /// <summary>Sichuan trims percentages (55.1%); Shanghai prints two decimals (55.10%).</summary>
    public static PercentStyle Percentages(this TemplatePack pack) =>
        pack == TemplatePack.Shanghai ? PercentStyle.FixedTwoDecimals : PercentStyle.Trimmed;

    /// <summary>The pack's folder name: templates/NAME/ in the source tree, --pack NAME on the command line.</summary>
    public static string FolderName(this TemplatePack pack) => EnumLabelAttribute.Of(pack);
}
