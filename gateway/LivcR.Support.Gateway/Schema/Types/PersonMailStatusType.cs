using GraphQL.Types;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of an address's mail status.</summary>
public sealed class PersonMailStatusType : ObjectGraphType<PersonMailStatus>
{
    /// <summary>Creates the type.</summary>
    public PersonMailStatusType()
    {
        Name = "PersonMailStatus";
        Description = "How the system mails an address: in which language, and whether it is undeliverable.";
        Field(s => s.Email).Description("The normalised address.");
        Field(s => s.Exists).Description("True when a person with this address is known.");
        Field<NonNullGraphType<MailLanguageEnum>, MailLanguage>("language").Description("The language mail is written in.").Resolve(ctx => ctx.Source.Language);
        Field<MailUndeliverableType, MailUndeliverable>("undeliverable").Description("Set after a permanent bounce; null when mail is delivered.").Resolve(ctx => ctx.Source.Undeliverable);
    }
}
