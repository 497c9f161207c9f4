namespace LivcR.Support.Contracts.Privacy;

/// <summary>A kind of personal data the intake looks for in what people write.</summary>
/// <remarks>Stored by number: never renumber, only append.</remarks>
public enum PersonalDataKind
{
    /// <summary>A Belgian national register number (rijksregisternummer), BIS numbers included.</summary>
    NationalRegisterNumber = 1,

    /// <summary>A Belgian phone number, mobile or fixed.</summary>
    PhoneNumber = 2,

    /// <summary>A bank account number in IBAN form (any country).</summary>
    Iban = 3,

    /// <summary>An email address of someone other than the writer (and the ticket's requester).</summary>
    EmailAddress = 4,
}
