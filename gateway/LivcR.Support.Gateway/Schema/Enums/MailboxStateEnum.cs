using GraphQL.Types;
using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of where a mailbox reader stands.</summary>
public sealed class MailboxStateEnum : EnumerationGraphType<MailboxState>
{
    /// <summary>Creates the type.</summary>
    public MailboxStateEnum()
    {
        Name = "MailboxState";
        Description = "CONNECTING, CONNECTED (reading or waiting for mail), RECONNECTING (after a failure, with back-off), STOPPED or NOT_CONFIGURED.";
    }
}
