using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>A kind of personal data the intake detects (schema enum <c>PersonalDataKind</c>).</summary>
public enum PersonalDataKind
{
    /// <summary>A Belgian national register (or BIS) number.</summary>
    [JsonStringEnumMemberName("NATIONAL_REGISTER_NUMBER")]
    NationalRegisterNumber,

    /// <summary>A Belgian phone number.</summary>
    [JsonStringEnumMemberName("PHONE_NUMBER")]
    PhoneNumber,

    /// <summary>An IBAN.</summary>
    [JsonStringEnumMemberName("IBAN")]
    Iban,

    /// <summary>An email address of someone other than the writer and the requester.</summary>
    [JsonStringEnumMemberName("EMAIL_ADDRESS")]
    EmailAddress,
}
