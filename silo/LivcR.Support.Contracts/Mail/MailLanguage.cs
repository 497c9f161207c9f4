namespace LivcR.Support.Contracts.Mail;

/// <summary>The language a person gets mail in: Dutch (nl-BE, the default), French or English.</summary>
public enum MailLanguage
{
    /// <summary>Nederlands (nl-BE).</summary>
    Nl = 0,

    /// <summary>Français.</summary>
    Fr = 1,

    /// <summary>English.</summary>
    En = 2,
}
