namespace LivcR.Support.Portal.Resources;

/// <summary>
/// The texts of the organisers' console, administration and the staff desk's mail-channel and network pages
/// (<c>ConsoleTexts.resx</c>, nl-BE; a <c>ConsoleTexts.fr.resx</c> beside it adds French).
/// </summary>
public sealed class ConsoleTexts;
