using GraphQL.Types;
using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of an undeliverable flag.</summary>
public sealed class MailUndeliverableType : ObjectGraphType<MailUndeliverable>
{
    /// <summary>Creates the type.</summary>
    public MailUndeliverableType()
    {
        Name = "MailUndeliverable";
        Description = "Mail to this address bounced permanently; the system does not mail it until the flag is cleared.";
        Field(u => u.Reason).Description("What the bounce said (status code and the server's diagnostic).");
        Field(u => u.Since).Description("When the first permanent failure was recorded.");
    }
}
