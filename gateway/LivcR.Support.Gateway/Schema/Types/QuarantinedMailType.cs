using GraphQL.Types;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Silo.Mail.Intake;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a quarantined mail.</summary>
public sealed class QuarantinedMailType : ObjectGraphType<QuarantineEntry>
{
    /// <summary>Creates the type.</summary>
    public QuarantinedMailType()
    {
        Name = "QuarantinedMail";
        Description = "A mail the intake could not handle, put aside with the reason (never its body).";
        Field<NonNullGraphType<IdGraphType>, string>("id").Description("The quarantine id.").Resolve(ctx => ctx.Source.Id);
        Field(m => m.Mailbox).Description("The mailbox it came from.");
        Field(m => m.MessageId, nullable: true).Description("Its Message-ID.");
        Field(m => m.Sender, nullable: true).Description("The sender's address.");
        Field(m => m.Subject).Description("Its subject.");
        Field(m => m.Reason).Description("Why it could not be handled.");
        Field(m => m.QuarantinedAt).Description("When it was put aside.");
        Field(m => m.Size).Description("Its size in bytes.");
        Field<NonNullGraphType<QuarantineStatusEnum>, string>("status").Description("Where it stands.").Resolve(ctx => ctx.Source.Status);
        Field(m => m.DecidedBy, nullable: true).Description("Who released or discarded it.");
        Field(m => m.DecidedAt, nullable: true).Description("When.");
        Field(m => m.TicketNumber, nullable: true).Description("The ticket it became when released.");
        Field(m => m.CanRelease).Description("True when the mail itself was kept, so it can become a ticket.");
    }
}
