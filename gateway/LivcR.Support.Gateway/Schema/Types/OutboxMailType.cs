using GraphQL.Types;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Silo.Mail.Outbox;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a mail in the outbox.</summary>
public sealed class OutboxMailType : ObjectGraphType<OutboxEntry>
{
    /// <summary>Creates the type.</summary>
    public OutboxMailType()
    {
        Name = "OutboxMail";
        Description = "A mail the system accepted for sending (never its body).";
        Field<NonNullGraphType<IdGraphType>, string>("id").Description("The outbox id.").Resolve(ctx => ctx.Source.Id);
        Field(m => m.CreatedAt).Description("When it was accepted.");
        Field<NonNullGraphType<OutboundMailKindEnum>, OutboundMailKind>("kind").Description("Why it is sent.").Resolve(ctx => ctx.Source.Kind);
        Field(m => m.Recipient).Description("The recipient's address.");
        Field(m => m.TicketNumber, nullable: true).Description("The ticket it is about.");
        Field(m => m.Subject).Description("The subject as sent, with the ticket tag.");
        Field(m => m.MessageId).Description("The Message-ID it carries.");
        Field<NonNullGraphType<OutboxMailStatusEnum>, OutboxMailStatus>("status").Description("Where it stands.").Resolve(ctx => ctx.Source.Status);
        Field(m => m.Attempts).Description("Failed attempts so far.");
        Field(m => m.NextAttemptAt).Description("When a pending mail is tried (again).");
        Field(m => m.LastError, nullable: true).Description("The last failure, or why it was suppressed or held.");
        Field(m => m.SentAt, nullable: true).Description("When the SMTP server took it.");
    }
}
