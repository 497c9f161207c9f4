namespace LivcR.Support.Portal.Resources;

/// <summary>The texts of the staff desk: queue, desk ticket page, reports and shortcuts (<c>DeskTexts.resx</c>, nl-BE; a <c>DeskTexts.fr.resx</c> beside it adds French).</summary>
public sealed class DeskTexts;
