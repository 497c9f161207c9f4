using GraphQL.Types;
using LivcR.Support.Contracts.Privacy;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of the kinds of personal data the intake detects.</summary>
public sealed class PersonalDataKindEnum : EnumerationGraphType<PersonalDataKind>
{
    /// <summary>Creates the type.</summary>
    public PersonalDataKindEnum()
    {
        Name = "PersonalDataKind";
        Description = "NATIONAL_REGISTER_NUMBER (rijksregister- or BIS-nummer), PHONE_NUMBER (Belgian), IBAN, EMAIL_ADDRESS (of someone other than the writer and the requester).";
    }
}
