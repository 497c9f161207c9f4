using GraphQL.Types;
using LivcR.Support.Contracts.Privacy;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of one kind of personal data found on a ticket.</summary>
public sealed class PersonalDataFlagType : ObjectGraphType<PersonalDataFlag>
{
    /// <summary>Creates the type.</summary>
    public PersonalDataFlagType()
    {
        Name = "PersonalDataFlag";
        Description = "Personal data of one kind that the intake found in the ticket's texts, and whether it was redacted or kept and flagged. Never the value itself.";
        Field<NonNullGraphType<PersonalDataKindEnum>, PersonalDataKind>("kind").Description("What was found.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<PersonalDataHandlingEnum>, PersonalDataHandling>("handling").Description("Redacted or flagged (the policy of the kind, Privacy:<Kind>).").Resolve(ctx => ctx.Source.Handling);
        Field(f => f.Count).Description("How many, over all the ticket's messages and notes.");
    }
}
