using GraphQL.Types;
using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of where a mail in the outbox stands.</summary>
public sealed class OutboxMailStatusEnum : EnumerationGraphType<OutboxMailStatus>
{
    /// <summary>Creates the type.</summary>
    public OutboxMailStatusEnum()
    {
        Name = "OutboxMailStatus";
        Description = "PENDING (waiting or retrying), SENT, FAILED (given up or refused), SUPPRESSED (loop guard, undeliverable address, limit) or HELD (no SMTP server configured).";
    }
}
