namespace LivcR.Support.Portal.Resources;

/// <summary>The portal's texts (<c>Texts.resx</c>, nl-BE; a <c>Texts.fr.resx</c> beside it adds French).</summary>
public sealed class Texts;
