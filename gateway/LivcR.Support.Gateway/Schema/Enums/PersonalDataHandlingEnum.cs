using GraphQL.Types;
using LivcR.Support.Contracts.Privacy;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of what the intake did with personal data.</summary>
public sealed class PersonalDataHandlingEnum : EnumerationGraphType<PersonalDataHandling>
{
    /// <summary>Creates the type.</summary>
    public PersonalDataHandlingEnum()
    {
        Name = "PersonalDataHandling";
        Description = "REDACTED (replaced by a label before it was stored; the original is gone) or FLAGGED (kept, the ticket is marked).";
    }
}
