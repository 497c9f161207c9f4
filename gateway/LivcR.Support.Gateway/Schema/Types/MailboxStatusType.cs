using GraphQL.Types;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a mailbox reader's state.</summary>
public sealed class MailboxStatusType : ObjectGraphType<MailboxStatus>
{
    /// <summary>Creates the type.</summary>
    public MailboxStatusType()
    {
        Name = "MailboxStatus";
        Description = "The reader of one configured mailbox (one in the whole cluster).";
        Field(m => m.Name).Description("The mailbox's name.");
        Field(m => m.Description).Description("Server, port, security, user and folder (never the password).");
        Field<NonNullGraphType<MailboxStateEnum>, MailboxState>("state").Description("Where the reader stands.").Resolve(ctx => ctx.Source.State);
        Field(m => m.WaitsWithIdle).Description("True when it waits for mail with IMAP IDLE; false when it polls.");
        Field(m => m.LastError, nullable: true).Description("The last connection or handling problem.");
        Field(m => m.ConsecutiveFailures).Description("Failed connection attempts since the last success.");
        Field(m => m.LastConnectedAt, nullable: true).Description("When the last connection succeeded.");
        Field(m => m.LastCheckedAt, nullable: true).Description("When the folder was last read to the end.");
        Field(m => m.NextAttemptAt, nullable: true).Description("While reconnecting: the next attempt.");
        Field(m => m.Processed).Description("Mails moved to the processed folder since the reader started.");
        Field(m => m.Quarantined).Description("Mails moved to the quarantine folder since the reader started.");
    }
}
