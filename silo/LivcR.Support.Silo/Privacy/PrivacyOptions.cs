using LivcR.Support.Contracts.Privacy;

namespace LivcR.Support.Silo.Privacy;

/// <summary>What the intake does with personal data in what people write. Section <c>Privacy</c>.</summary>
/// <remarks>
/// Applies to every way text comes in: portal and API questions, replies and internal notes, mail (subject and body).
/// A redacted value is gone for good: it is replaced before the ticket, the read model, the search index, the mail
/// intake table or the outbox see it. Either way the ticket gets a system event and the flag staff can filter on.
/// </remarks>
public sealed class PrivacyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Privacy";

    /// <summary>Belgian national register (and BIS) numbers; default <see cref="PersonalDataPolicy.Redact"/>.</summary>
    public PersonalDataPolicy NationalRegisterNumber { get; set; } = PersonalDataPolicy.Redact;

    /// <summary>Belgian phone numbers; default <see cref="PersonalDataPolicy.Flag"/>.</summary>
    public PersonalDataPolicy PhoneNumber { get; set; } = PersonalDataPolicy.Flag;

    /// <summary>IBANs; default <see cref="PersonalDataPolicy.Flag"/>.</summary>
    public PersonalDataPolicy Iban { get; set; } = PersonalDataPolicy.Flag;

    /// <summary>Email addresses other than the writer's and the requester's; default <see cref="PersonalDataPolicy.Flag"/>.</summary>
    public PersonalDataPolicy EmailAddress { get; set; } = PersonalDataPolicy.Flag;

    /// <summary>The policy for one kind.</summary>
    public PersonalDataPolicy For(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.NationalRegisterNumber => NationalRegisterNumber,
        PersonalDataKind.PhoneNumber => PhoneNumber,
        PersonalDataKind.Iban => Iban,
        PersonalDataKind.EmailAddress => EmailAddress,
        _ => PersonalDataPolicy.Flag,
    };
}
