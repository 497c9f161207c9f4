namespace LivcR.Support.Portal.Resources;

/// <summary>The texts of the profile, trainings and network pages (<c>NetworkTexts.resx</c>, nl-BE; a <c>NetworkTexts.fr.resx</c> beside it adds French).</summary>
public sealed class NetworkTexts;
